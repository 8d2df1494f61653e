using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>The body of POST /api/training/programs/{id}/support-parents.</summary>
public sealed record SupportParentApplication(
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    LivedExperience LivedExperience,
    string[] Languages,
    string County,
    Availability Availability,
    int MaxCaseload,
    EmploymentType EmploymentType,
    bool FatherToFatherCapable,
    string? CulturalBackground,
    string? UserSubject = null);
