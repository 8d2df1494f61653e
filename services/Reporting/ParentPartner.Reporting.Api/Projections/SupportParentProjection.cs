using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.EventLog;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>Training's support-parent events onto <see cref="ReportedSupportParent"/> and <see cref="CertificationTransition"/>.</summary>
public static class SupportParentProjection
{
    /// <summary>Returns what the log may keep: the event, or (the support parent has left) its redacted copy.</summary>
    public static async Task<SupportParentCertified> CertifiedAsync(ReportingDbContext db, SupportParentCertified message, CancellationToken cancellationToken)
    {
        var parent = await RowLocks.SupportParentAsync(db, message.ProgramId, message.SupportParentId, cancellationToken);
        parent.FirstCertifiedAt = Instants.Earliest(parent.FirstCertifiedAt, message.CertifiedAt);
        await TransitionAsync(db, message.ProgramId, message.SupportParentId, message.CertifiedAt, CertificationTransition.Certified, cancellationToken);
        if (parent.WithdrawnAt is not null)
        {
            return ReportingEventLog.Redacted(message); // arrived after the withdrawal: counted, its profile never kept
        }
        if (parent.ProfileAt is null || message.CertifiedAt >= parent.ProfileAt)
        {
            Profile(parent, message.CertifiedAt, message.Languages, message.County, message.ConditionCategories, message.CaseExperience, message.MaxCaseload, message.EmploymentType);
        }
        return message;
    }

    public static async Task<SupportParentProfileChanged> ProfileChangedAsync(ReportingDbContext db, SupportParentProfileChanged message, CancellationToken cancellationToken)
    {
        var parent = await RowLocks.SupportParentAsync(db, message.ProgramId, message.SupportParentId, cancellationToken);
        var status = Vocabulary.KebabOrNull(message.CertificationStatus);
        if (status is CertificationTransition.Certified or CertificationTransition.Lapsed)
        {
            await TransitionAsync(db, message.ProgramId, message.SupportParentId, message.ChangedAt, status, cancellationToken);
        }
        if (parent.WithdrawnAt is not null)
        {
            return ReportingEventLog.Redacted(message);
        }
        if (parent.ProfileAt is null || message.ChangedAt >= parent.ProfileAt)
        {
            Profile(parent, message.ChangedAt, message.Languages, message.County, message.ConditionCategories, message.CaseExperience, message.MaxCaseload, message.EmploymentType);
        }
        return message;
    }

    public static async Task LapsedAsync(ReportingDbContext db, SupportParentCertificationLapsed message, CancellationToken cancellationToken)
    {
        await RowLocks.SupportParentAsync(db, message.ProgramId, message.SupportParentId, cancellationToken);
        await TransitionAsync(db, message.ProgramId, message.SupportParentId, message.LapsedAt, CertificationTransition.Lapsed, cancellationToken);
    }

    public static async Task RestoredAsync(ReportingDbContext db, SupportParentCertificationRestored message, CancellationToken cancellationToken)
    {
        await RowLocks.SupportParentAsync(db, message.ProgramId, message.SupportParentId, cancellationToken);
        await TransitionAsync(db, message.ProgramId, message.SupportParentId, message.RestoredAt, CertificationTransition.Certified, cancellationToken);
    }

    public static async Task WithdrawnAsync(ReportingDbContext db, SupportParentWithdrawn message, CancellationToken cancellationToken)
    {
        var parent = await RowLocks.SupportParentAsync(db, message.ProgramId, message.SupportParentId, cancellationToken);
        parent.WithdrawnAt = Instants.Earliest(parent.WithdrawnAt, message.WithdrawnAt);
        // Who they were (languages, county, lived experience) goes; the caseload and certification history stay for counts.
        parent.Languages = [];
        parent.County = null;
        parent.ConditionCategories = [];
        parent.CaseExperience = [];
        await TransitionAsync(db, message.ProgramId, message.SupportParentId, message.WithdrawnAt, CertificationTransition.Withdrawn, cancellationToken);
    }

    private static void Profile(
        ReportedSupportParent parent, DateTimeOffset at, IEnumerable<string> languages, string county, IEnumerable<string> conditions,
        IEnumerable<string> caseExperience, int maxCaseload, string employmentType)
    {
        parent.ProfileAt = at;
        parent.Languages = Vocabulary.Languages(languages);
        parent.County = Vocabulary.County(county);
        parent.ConditionCategories = Vocabulary.KebabAll(conditions);
        parent.CaseExperience = Vocabulary.KebabAll(caseExperience);
        parent.MaxCaseload = Math.Max(0, maxCaseload);
        parent.EmploymentType = Vocabulary.KebabOrNull(employmentType);
    }

    private static Task TransitionAsync(ReportingDbContext db, string programId, Guid supportParentId, DateTimeOffset at, string status, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_certification_transitions (program_id, support_parent_id, at, status, rank)
            VALUES ({programId}, {supportParentId}, {at.ToUniversalTime()}, {status}, {CertificationTransition.RankOf(status)}) ON CONFLICT DO NOTHING
            """,
            cancellationToken);
}
