using Brand.Cms.Core.Network;

namespace Brand.Cms.Tests.Network;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")]          // a real establishment
    [InlineData("732 829 320 00074")]       // as printed on a Kbis
    [InlineData("732.829.320.00074")]
    [InlineData("35600000000048")]          // La Poste's head office: Luhn like everyone
    [InlineData("35600000049837")]          // another La Poste establishment: the rule of five
    public void IsValid_RealNumbers_Accepted(string siret) => Assert.True(Siret.IsValid(siret));

    [Theory]
    [InlineData("73282932000075")]          // one digit off
    [InlineData("73282932000047")]          // two digits swapped
    [InlineData("7328293200007")]           // 13 digits
    [InlineData("732829320000744")]         // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongNumbers_Refused(string? siret) => Assert.False(Siret.IsValid(siret));

    [Fact]
    public void Problem_SaysWhetherTheLengthOrADigitIsWrong_InTheVisitorsLanguage()
    {
        Assert.Contains("14 chiffres", Siret.Problem("1234", "fr"), StringComparison.Ordinal);
        Assert.Contains("14 digits", Siret.Problem("1234", "en"), StringComparison.Ordinal);
        Assert.Contains("chiffre est sans doute erroné", Siret.Problem("73282932000075", "fr"), StringComparison.Ordinal);
        Assert.Null(Siret.Problem("732 829 320 00074", "fr"));
    }

    [Fact]
    public void Format_SpacesTheDigitsAsOfficialDocumentsDo() =>
        Assert.Equal("732 829 320 00074", Siret.Format(Siret.Normalize("73282932000074")!));
}
