using NodaTime;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>A row of the support-parent list: enough to find someone, no contact details.</summary>
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
