using Brand.Cms.Core.Network;

namespace Brand.Cms.Tests.Network;

/// <summary>Applications that pass the rules, for tests that need one; change what the test is about with `with`.</summary>
public static class NetworkSamples
{
    /// <summary>A real SIRET (its checksum holds); <see cref="WrongSiret"/> differs by its last digit.</summary>
    public const string Siret = "732 829 320 00074";
    public const string WrongSiret = "732 829 320 00075";

    public static ApplicationForm Volunteer(string organisation = "Les Connecteurs de Vilaine", string email = "camille@connecteurs-vilaine.example") => new()
    {
        Kind = ActorKinds.Volunteer,
        Organisation = organisation,
        Siret = Siret,
        ContactName = "Camille Martin",
        Email = email,
        Phone = "02 99 00 12 34",
        Postcode = "35000",
        City = "Rennes",
        Description = "Bénévoles d'Ille-et-Vilaine qui aident les commerçants à ouvrir leur boutique en ligne.",
        Specialties = ["website", "onlineSelling"],
        Departments = ["35", "22"],
        AcceptsRemote = true,
        References = "Une trentaine de commerces accompagnés depuis 2024 avec la CCI.",
        CharterAccepted = true,
    };
}
