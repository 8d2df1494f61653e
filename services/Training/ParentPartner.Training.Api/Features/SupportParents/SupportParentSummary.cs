using NodaTime;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>A row of the support-parent list: enough to find someone, no contact details.</summary>
/// <param name="Id">The support parent's id.</param>
/// <param name="Status">Where they stand (an elapsed waiting period shows as in training).</param>
/// <param name="FirstName">First name; null once erased.</param>
/// <param name="LastName">Last name; null once erased.</param>
/// <param name="County">The county they serve.</param>
/// <param name="Languages">Languages they can support a family in.</param>
/// <param name="EmploymentType">Employee, contractor or volunteer.</param>
/// <param name="EligibleOn">The first day they may be certified (program's time zone).</param>
/// <param name="CertifiedOn">The day they were certified; null if not yet.</param>
/// <param name="AppliedAt">When they applied (UTC).</param>
public sealed record SupportParentSummary(
    Guid Id,
    SupportParentStatus Status,
    string? FirstName,
    string? LastName,
    string County,
    IReadOnlyList<string> Languages,
    EmploymentType EmploymentType,
    DateOnly EligibleOn,
    DateOnly? CertifiedOn,
    DateTimeOffset AppliedAt)
{
    /// <summary>The stored status, except that a waiting period which has passed by <paramref name="today"/> shows as in training.</summary>
    public static SupportParentSummary From(SupportParent p, LocalDate today) => new(
        p.Id,
        p.Status == SupportParentStatus.NotYetEligible && today >= p.EligibleOn ? SupportParentStatus.InTraining : p.Status,
        p.FirstName,
        p.LastName,
        p.County,
        p.Languages,
        p.EmploymentType,
        p.EligibleOn.ToDateOnly(),
        p.CertifiedOn?.ToDateOnly(),
        p.AppliedAt);
}
