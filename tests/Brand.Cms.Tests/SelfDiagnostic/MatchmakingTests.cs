using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>
/// The plan against the seeded directory, aid schemes, events and resources (clock: 23 November 2026).
/// Department 59 (Nord, region 32 Hauts-de-France) has two actors: Nord Export Digital (export, online
/// selling, website; label valid) and Roubaix Cyber Services (cybersecurity; label expired in September 2026).
/// </summary>
public sealed class MatchmakingTests(SeededQuestionnaire seeded) : IClassFixture<SeededQuestionnaire>
{
    private ActionPlanner Planner => seeded.Engine.Get<ActionPlanner>();

    private static DiagnosticResult Result(Questionnaire questionnaire, string department, string region, string sizeBand, string sector,
        Func<DiagnosticDimension, int> score) => new()
        {
            Department = department,
            Region = region,
            SizeBand = sizeBand,
            Sector = sector,
            Scores = questionnaire.Dimensions.Select(d => new DimensionScore { DimensionKey = d.Key, Score = score(d) }).ToList(),
        };

    private static PlanStep Step(ActionPlan plan, string dimension) => Assert.Single(plan.Steps, s => s.Dimension.Title == dimension);

    private static List<string> Names(IEnumerable<PublishedContent> items) => items.Select(i => i.Name).ToList();

    [Fact]
    public void For_WeakDimensions_OnlyThoseBelowTheThreshold_WeakestFirst()
    {
        var q = seeded.French;
        var scores = new Dictionary<string, int>
        {
            ["Présence en ligne"] = 59, ["Cybersécurité"] = 10, ["International"] = 60,
        };
        var result = Result(q, "59", "32", "1-9", "retail", d => scores.GetValueOrDefault(d.Title, 90));

        var plan = Planner.For(q, result, seeded.Engine.Published);

        Assert.False(plan.AllAboveThreshold);
        Assert.Equal(["Cybersécurité", "Présence en ligne"], plan.Steps.Select(s => s.Dimension.Title));
    }

    [Fact]
    public void For_Actors_ServeTheDepartmentWithAMatchingSpecialtyAndAValidLabel()
    {
        var q = seeded.French;
        var plan = Planner.For(q, Result(q, "59", "32", "1-9", "retail", _ => 0), seeded.Engine.Published);

        // Nord Export Digital serves 59 and does websites and export; nobody else serving 59 does.
        Assert.Equal(["Exemple — Nord Export Digital"], Names(Step(plan, "Présence en ligne").Actors));
        Assert.Equal(["Exemple — Nord Export Digital"], Names(Step(plan, "International").Actors));
        // Roubaix Cyber Services serves 59 in cybersecurity, but its label expired on 1 September 2026.
        Assert.Empty(Step(plan, "Cybersécurité").Actors);
    }

    [Fact]
    public void For_Actors_AnotherDepartment_GetsItsOwnActors()
    {
        var q = seeded.French;
        var plan = Planner.For(q, Result(q, "35", "53", "1-9", "retail", _ => 0), seeded.Engine.Published);

        // In Ille-et-Vilaine only the Atelier Numérique Rennais does websites; Nolwenn K. does too, but in Finistère (29).
        Assert.Equal(["Exemple — Atelier Numérique Rennais"], Names(Step(plan, "Présence en ligne").Actors));
        Assert.Empty(Step(plan, "International").Actors);
    }

    [Fact]
    public void For_AidSchemes_RegionalFirstThenNational_AndOnlyThoseTheBusinessIsEligibleFor()
    {
        var q = seeded.French;
        var small = Planner.For(q, Result(q, "59", "32", "1-9", "retail", _ => 0), seeded.Engine.Published);
        var large = Planner.For(q, Result(q, "59", "32", "50-249", "retail", _ => 0), seeded.Engine.Published);

        Assert.Equal(["Exemple — Chèque cybersécurité Hauts-de-France", "Exemple — Chèque Croissance Connectée"],
            Names(Step(small, "Cybersécurité").AidSchemes));
        // The national cheque stops at 49 employees; the Grand Est export aid is for another region.
        Assert.Equal(["Exemple — Chèque cybersécurité Hauts-de-France"], Names(Step(large, "Cybersécurité").AidSchemes));
        Assert.Empty(Step(large, "International").AidSchemes);
    }

    [Fact]
    public void For_AidSchemes_ReservedToASector_AreOfferedToThatSectorOnly()
    {
        var q = seeded.French;
        // The Occitanie (76) online-selling aid is for crafts only.
        var crafts = Planner.For(q, Result(q, "31", "76", "1-9", "crafts", _ => 0), seeded.Engine.Published);
        var retail = Planner.For(q, Result(q, "31", "76", "1-9", "retail", _ => 0), seeded.Engine.Published);

        Assert.Contains(Names(Step(crafts, "Vente en ligne et commerce connecté").AidSchemes), n => n.StartsWith("Exemple — Aide à la vente en ligne des artisans", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(Step(retail, "Vente en ligne et commerce connecté").AidSchemes), n => n.StartsWith("Exemple — Aide à la vente en ligne des artisans", StringComparison.Ordinal));
    }

    [Fact]
    public void For_EventsAndResources_OnTheTopics_UpcomingInTheRegionOrOnline()
    {
        var q = seeded.French;
        var plan = Planner.For(q, Result(q, "59", "32", "1-9", "retail", _ => 0), seeded.Engine.Published);

        // The online cybersecurity webinar (10 December 2026) is upcoming; the Hauts-de-France export conference is in the region.
        Assert.Equal(["Webinaire — Sécuriser son entreprise : les dix réflexes"], Names(Step(plan, "Cybersécurité").Events));
        Assert.Contains(Names(Step(plan, "International").Events), n => n.StartsWith("Conférence — Vendre à l'étranger", StringComparison.Ordinal));
        // The website webinar of 13 October 2026 is over.
        Assert.Empty(Step(plan, "Présence en ligne").Events);
        Assert.Contains("Sécuriser votre entreprise : les dix réflexes", Names(Step(plan, "Cybersécurité").Resources));
    }

    [Fact]
    public void For_NothingBelowTheThreshold_StillSuggestsTheLowestDimension()
    {
        var q = seeded.French;
        var plan = Planner.For(q, Result(q, "35", "53", "1-9", "retail", d => d.Title == "International" ? 70 : 95), seeded.Engine.Published);

        Assert.True(plan.AllAboveThreshold);
        Assert.Equal("International", Assert.Single(plan.Steps).Dimension.Title);
    }
}
