using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public const int ProgramIdLength = 64;

    public DbSet<ReferralCount> ReferralCounts => Set<ReferralCount>();

    public DbSet<ReportedReferral> Referrals => Set<ReportedReferral>();

    public DbSet<ReportedMatch> Matches => Set<ReportedMatch>();

    public DbSet<ReportedOffer> Offers => Set<ReportedOffer>();

    public DbSet<ReportedSupportParent> SupportParents => Set<ReportedSupportParent>();

    public DbSet<CertificationTransition> CertificationTransitions => Set<CertificationTransition>();

    public DbSet<ReportedTraining> Trainings => Set<ReportedTraining>();

    public DbSet<ReportedContact> Contacts => Set<ReportedContact>();

    public DbSet<ReportedAppointment> Appointments => Set<ReportedAppointment>();

    public DbSet<ReportedOverdueItem> OverdueItems => Set<ReportedOverdueItem>();

    public DbSet<AnnualReportAnswer> AnnualReportAnswers => Set<AnnualReportAnswer>();

    public DbSet<ReportingSettings> Settings => Set<ReportingSettings>();

    public DbSet<AnnualReportSubmission> AnnualReportSubmissions => Set<AnnualReportSubmission>();

    public DbSet<LoggedEvent> EventLog => Set<LoggedEvent>();

    public DbSet<ReportedInformationRequest> InformationRequests => Set<ReportedInformationRequest>();

    public DbSet<ReportedReEntry> ReEntries => Set<ReportedReEntry>();

    public DbSet<AnnualReportDraftSnapshot> AnnualReportDrafts => Set<AnnualReportDraftSnapshot>();

    public DbSet<ReportedPayment> Payments => Set<ReportedPayment>();

    public DbSet<ReportedPaidEarnings> PaidEarnings => Set<ReportedPaidEarnings>();

    // Events may carry any offset; PostgreSQL's timestamptz takes UTC only (Npgsql refuses others).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReferralCount>(count =>
        {
            count.HasKey(c => new { c.ProgramId, c.Source });
            count.Property(c => c.ProgramId).HasMaxLength(ProgramIdLength);
            count.Property(c => c.Source).HasMaxLength(40);
        });

        modelBuilder.Entity<ReportedReferral>(referral =>
        {
            referral.ToTable("report_referrals");
            referral.HasKey(r => new { r.ProgramId, r.ReferralId });
            referral.Property(r => r.ProgramId).HasMaxLength(ProgramIdLength);
            referral.Property(r => r.Source).HasMaxLength(40);
            referral.Property(r => r.Status).HasMaxLength(40);
            referral.Property(r => r.WithdrawalReason).HasMaxLength(60);
            referral.Property(r => r.ProgramKind).HasMaxLength(20);
            referral.Property(r => r.County).HasMaxLength(100);
            referral.Property(r => r.CaseStage).HasMaxLength(40);
            referral.HasIndex(r => new { r.ProgramId, r.ReceivedAt });
            referral.HasIndex(r => new { r.ProgramId, r.ReadyAt });
        });

        modelBuilder.Entity<ReportedMatch>(match =>
        {
            match.ToTable("report_matches");
            match.HasKey(m => new { m.ProgramId, m.MatchId });
            match.Property(m => m.ProgramId).HasMaxLength(ProgramIdLength);
            match.Property(m => m.EndReason).HasMaxLength(40);
            match.Property(m => m.ProgramKind).HasMaxLength(20);
            match.HasIndex(m => new { m.ProgramId, m.MadeAt });
        });

        modelBuilder.Entity<ReportedOffer>(offer =>
        {
            offer.ToTable("report_offers");
            offer.HasKey(o => new { o.ProgramId, o.OfferId });
            offer.Property(o => o.ProgramId).HasMaxLength(ProgramIdLength);
            offer.Property(o => o.DeclineReason).HasMaxLength(40);
        });

        modelBuilder.Entity<ReportedSupportParent>(parent =>
        {
            parent.ToTable("report_support_parents");
            parent.HasKey(p => new { p.ProgramId, p.SupportParentId });
            parent.Property(p => p.ProgramId).HasMaxLength(ProgramIdLength);
            parent.Property(p => p.County).HasMaxLength(100);
            parent.Property(p => p.EmploymentType).HasMaxLength(20);
        });

        modelBuilder.Entity<CertificationTransition>(transition =>
        {
            transition.ToTable("report_certification_transitions");
            transition.HasKey(t => new { t.ProgramId, t.SupportParentId, t.At, t.Status });
            transition.Property(t => t.ProgramId).HasMaxLength(ProgramIdLength);
            transition.Property(t => t.Status).HasMaxLength(20);
        });

        modelBuilder.Entity<ReportedTraining>(training =>
        {
            training.ToTable("report_trainings");
            training.HasKey(t => new { t.ProgramId, t.EnrolmentId });
            training.Property(t => t.ProgramId).HasMaxLength(ProgramIdLength);
            training.Property(t => t.CourseCode).HasMaxLength(60);
            training.Property(t => t.CourseKind).HasMaxLength(20);
            training.Property(t => t.Hours).HasPrecision(6, 2);
            training.HasIndex(t => new { t.ProgramId, t.AttendedOn });
        });

        modelBuilder.Entity<ReportedContact>(contact =>
        {
            contact.ToTable("report_contacts");
            contact.HasKey(c => new { c.ProgramId, c.ContactId });
            contact.Property(c => c.ProgramId).HasMaxLength(ProgramIdLength);
            contact.Property(c => c.Kind).HasMaxLength(40);
            contact.Property(c => c.Mode).HasMaxLength(20);
            contact.HasIndex(c => new { c.ProgramId, c.OccurredOn });
            contact.HasIndex(c => new { c.ProgramId, c.MatchId });
        });

        modelBuilder.Entity<ReportedAppointment>(appointment =>
        {
            appointment.ToTable("report_appointments");
            appointment.HasKey(a => new { a.ProgramId, a.AppointmentId });
            appointment.Property(a => a.ProgramId).HasMaxLength(ProgramIdLength);
            appointment.Property(a => a.Kind).HasMaxLength(40);
            appointment.Property(a => a.Outcome).HasMaxLength(20);
            appointment.Property(a => a.NoShowBy).HasMaxLength(20);
            appointment.HasIndex(a => new { a.ProgramId, a.StartsAt });
        });

        modelBuilder.Entity<ReportedOverdueItem>(item =>
        {
            item.ToTable("report_overdue_plan_items");
            item.HasKey(i => new { i.ProgramId, i.PlanItemId });
            item.Property(i => i.ProgramId).HasMaxLength(ProgramIdLength);
            item.Property(i => i.Kind).HasMaxLength(40);
            item.HasIndex(i => new { i.ProgramId, i.DueAt });
        });

        modelBuilder.Entity<AnnualReportAnswer>(answer =>
        {
            answer.ToTable("report_annual_answers");
            answer.HasKey(a => new { a.ProgramId, a.SubmissionId });
            answer.Property(a => a.ProgramId).HasMaxLength(ProgramIdLength);
            answer.Property(a => a.Decision).HasMaxLength(20);
            answer.Property(a => a.Comment).HasMaxLength(2000);
        });

        modelBuilder.Entity<ReportingSettings>(settings =>
        {
            settings.ToTable("reporting_settings");
            settings.HasKey(s => s.ProgramId);
            settings.Property(s => s.ProgramId).HasMaxLength(ProgramIdLength);
            settings.Property(s => s.StateCode).HasMaxLength(2);
            settings.Property(s => s.ProgramName).HasMaxLength(200);
            settings.Property(s => s.Kind).HasMaxLength(20);
            settings.Property(s => s.UpdatedBy).HasMaxLength(100);
            settings.Property(s => s.TimeZone).HasMaxLength(64);
        });

        modelBuilder.Entity<AnnualReportSubmission>(submission =>
        {
            submission.ToTable("annual_report_submissions");
            submission.HasKey(s => s.SubmissionId);
            submission.Property(s => s.ProgramId).HasMaxLength(ProgramIdLength);
            submission.Property(s => s.StateCode).HasMaxLength(2);
            submission.Property(s => s.ProgramName).HasMaxLength(200);
            submission.Property(s => s.ProgramKind).HasMaxLength(20);
            submission.Property(s => s.ApprovedBy).HasMaxLength(100);
            submission.Property(s => s.Figures).HasColumnType("jsonb");
            submission.HasIndex(s => new { s.ProgramId, s.Year, s.Revision }).IsUnique();
        });

        modelBuilder.Entity<ReportedInformationRequest>(inquiry =>
        {
            inquiry.ToTable("report_information_requests");
            inquiry.HasKey(i => new { i.ProgramId, i.InquiryId });
            inquiry.Property(i => i.ProgramId).HasMaxLength(ProgramIdLength);
            inquiry.Property(i => i.Channel).HasMaxLength(20);
            inquiry.Property(i => i.County).HasMaxLength(100);
            inquiry.Property(i => i.Language).HasMaxLength(35);
            inquiry.HasIndex(i => new { i.ProgramId, i.AnsweredOn });
        });

        modelBuilder.Entity<ReportedReEntry>(reEntry =>
        {
            reEntry.ToTable("report_re_entries");
            reEntry.HasKey(r => new { r.ProgramId, r.ReferralId, r.EnteredCareOn });
            reEntry.Property(r => r.ProgramId).HasMaxLength(ProgramIdLength);
        });

        modelBuilder.Entity<AnnualReportDraftSnapshot>(draft =>
        {
            draft.ToTable("annual_report_drafts");
            draft.HasKey(d => d.DraftId);
            draft.Property(d => d.ProgramId).HasMaxLength(ProgramIdLength);
            draft.Property(d => d.TimeZone).HasMaxLength(64);
            draft.Property(d => d.CreatedBy).HasMaxLength(100);
            draft.Property(d => d.Counts).HasColumnType("jsonb");
            draft.Property(d => d.Details).HasColumnType("jsonb");
            draft.HasIndex(d => new { d.ProgramId, d.Year, d.CreatedAt });
        });

        modelBuilder.Entity<ReportedPayment>(payment =>
        {
            payment.ToTable("report_payments");
            payment.HasKey(p => new { p.ProgramId, p.PaymentId });
            payment.Property(p => p.ProgramId).HasMaxLength(ProgramIdLength);
            payment.Property(p => p.TotalAmount).HasPrecision(14, 2);
            payment.HasIndex(p => new { p.ProgramId, p.PaidOn });
        });

        modelBuilder.Entity<ReportedPaidEarnings>(earnings =>
        {
            earnings.ToTable("report_paid_earnings");
            earnings.HasKey(e => new { e.ProgramId, e.PaymentId, e.Code, e.EmploymentType });
            earnings.Property(e => e.ProgramId).HasMaxLength(ProgramIdLength);
            earnings.Property(e => e.Code).HasMaxLength(40);
            earnings.Property(e => e.EmploymentType).HasMaxLength(20);
            earnings.Property(e => e.Hours).HasPrecision(10, 4); // payroll rounds hours to 4 places (minutes / 60)
            earnings.Property(e => e.Amount).HasPrecision(14, 2);
            earnings.HasIndex(e => new { e.ProgramId, e.PaidOn });
        });

        modelBuilder.Entity<LoggedEvent>(logged =>
        {
            logged.ToTable("report_event_log");
            logged.HasKey(e => e.Sequence);
            logged.Property(e => e.Sequence).UseIdentityAlwaysColumn();
            logged.Property(e => e.MessageType).HasMaxLength(200);
            logged.Property(e => e.ProgramId).HasMaxLength(ProgramIdLength);
            logged.Property(e => e.Payload).HasColumnType("jsonb");
            logged.HasIndex(e => new { e.ProgramId, e.Sequence });
            logged.HasIndex(e => e.ReferralId).HasFilter("referral_id IS NOT NULL");
        });
    }
}
