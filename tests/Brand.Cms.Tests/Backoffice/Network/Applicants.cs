using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Network;

/// <summary>Applications submitted through the engine as the public join form submits them: an association in Vitré (Ille-et-Vilaine).</summary>
internal static class Applicants
{
    public const string Organisation = "Association Numérique Vitréenne";
    public const string Email = "claire.dubois@asso-vitre.example";
    public const string Siret = "73282932000074";

    public static async Task<LabelApplication> SubmitAsync(SiteServer server, string kind = "volunteerConnector", bool withDocument = false)
    {
        IReadOnlyList<StagedDocument> documents = [];
        if (withDocument)
        {
            using var pdf = new MemoryStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
            var staged = await server.Get<ApplicationDocuments>().StageAsync(pdf, "attestation-assurance.pdf");
            Assert.True(staged.Succeeded, staged.Message);
            documents = [staged.Value!];
        }

        var form = new ApplicationForm
        {
            Kind = kind,
            Organisation = Organisation,
            Siret = Siret,
            ContactName = "Claire Dubois",
            Email = Email,
            Postcode = "35500",
            City = "Vitré",
            Description = "Des bénévoles aident les commerçants du pays de Vitré à ouvrir leur boutique en ligne.",
            Specialties = ["website"],
            Departments = ["35"],
            References = "Douze commerces accompagnés en 2025, dont la fromagerie de la place du marché.",
            CharterAccepted = true,
            Documents = documents,
        };
        var charter = server.Get<PublishedContentCache>().Current.GetByRoute("/fr/rejoindre-le-reseau/charte");
        var submitted = await server.Get<LabelApplications>().SubmitAsync(form, "fr", charter, server.Http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        Assert.True(submitted.Succeeded, submitted.ToString() + string.Join("; ", submitted.Errors));
        return submitted.Value!.Application;
    }

    /// <summary>The mails the applicant received so far (the .eml files the test server writes).</summary>
    public static IReadOnlyList<string> MailsTo(SiteServer server, string address = Email)
    {
        var folder = Path.Combine(server.DataPath, "mail");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains($"To: {address}", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
    }
}
