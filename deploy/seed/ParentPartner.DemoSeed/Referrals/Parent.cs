using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

public sealed record Parent(
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string[] PreferredLanguages,
    string County,
    Availability? Availability = null,
    bool? FatherToFather = null,
    string? CulturalBackground = null);
