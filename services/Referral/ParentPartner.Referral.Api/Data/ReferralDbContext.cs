using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Data;

public sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<Domain.Referral> Referrals => Set<Domain.Referral>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<ReferralProgram> Programs => Set<ReferralProgram>();

    public DbSet<InformationRequest> InformationRequests => Set<InformationRequest>();

    public DbSet<ReEntry> ReEntries => Set<ReEntry>();

    // Referral holds families' personal data: its reads go on the shared chained audit log.
    protected override bool KeepsAuditLog => true;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Domain.Referral>(referral =>
        {
            referral.HasKey(r => r.Id);
            referral.Property(r => r.ProgramId).HasMaxLength(64);
            referral.Property(r => r.Source).HasConversion<string>().HasMaxLength(40);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(40);
            referral.Property(r => r.ReferrerOrganisation).HasMaxLength(200);
            referral.Property(r => r.ReferrerContact).HasMaxLength(200);
            referral.Property(r => r.ReferrerOrganisationId).HasMaxLength(100);
            referral.Property(r => r.CreatedBy).HasMaxLength(100);
            referral.Property(r => r.CaseStage).HasConversion<string>().HasMaxLength(40);
            referral.Property(r => r.ClosureReason).HasMaxLength(40);
            referral.Property(r => r.Version).IsRowVersion();
            referral.HasIndex(r => new { r.ProgramId, r.Status, r.ReceivedAt });
            referral.HasIndex(r => new { r.ProgramId, r.ReceivedAt, r.Id });
            referral.HasIndex(r => new { r.ReferrerOrganisationId, r.ReceivedAt, r.Id });
            // Required even when every column is null (after erasure), so the parts never come back as null.
            referral.OwnsOne(r => r.Parent, parent =>
            {
                parent.Property(p => p.FirstName).HasMaxLength(100);
                parent.Property(p => p.LastName).HasMaxLength(100);
                parent.Property(p => p.Email).HasMaxLength(254);
                parent.Property(p => p.Phone).HasMaxLength(40);
                parent.Property(p => p.County).HasMaxLength(100);
                parent.Property(p => p.CulturalBackground).HasMaxLength(200);
            });
            referral.Navigation(r => r.Parent).IsRequired();
            referral.OwnsOne(r => r.Child);
            referral.Navigation(r => r.Child).IsRequired();
            referral.OwnsOne(r => r.Needs, needs =>
            {
                needs.Property(n => n.Challenges).HasMaxLength(2000);
                needs.Property(n => n.ReasonForSupport).HasMaxLength(2000);
                needs.Property(n => n.Preferences).HasMaxLength(2000);
            });
            referral.Navigation(r => r.Needs).IsRequired();
            referral.OwnsOne(r => r.Consent, consent => consent.Property(c => c.Scope).HasMaxLength(200));
            referral.HasMany(r => r.StatusHistory).WithOne().HasForeignKey(c => c.ReferralId);
        });

        modelBuilder.Entity<StatusChange>(change =>
        {
            change.ToTable("referral_status_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.ProgramId).HasMaxLength(64);
            change.Property(c => c.From).HasConversion<string>().HasMaxLength(40);
            change.Property(c => c.To).HasConversion<string>().HasMaxLength(40);
            change.Property(c => c.ChangedBy).HasMaxLength(100);
            change.Property(c => c.Reason).HasMaxLength(40);
            change.Property(c => c.Note).HasMaxLength(2000);
            change.HasIndex(c => new { c.ReferralId, c.ChangedAt });
        });

        modelBuilder.Entity<ReferralProgram>(program =>
        {
            program.ToTable("programs");
            program.HasKey(p => p.ProgramId);
            program.Property(p => p.ProgramId).HasMaxLength(64);
            program.Property(p => p.Name).HasMaxLength(200);
            program.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
            program.Property(p => p.TimeZone).HasMaxLength(64);
            program.Property(p => p.UpdatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<InformationRequest>(request =>
        {
            request.ToTable("information_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.ProgramId).HasMaxLength(64);
            request.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.County).HasMaxLength(100);
            request.Property(r => r.Language).HasMaxLength(35);
            request.Property(r => r.RecordedBy).HasMaxLength(100);
            request.HasIndex(r => new { r.ProgramId, r.RecordedAt, r.Id });
        });

        modelBuilder.Entity<ReEntry>(reEntry =>
        {
            reEntry.ToTable("referral_re_entries");
            reEntry.HasKey(r => r.Id);
            reEntry.Property(r => r.ProgramId).HasMaxLength(64);
            reEntry.Property(r => r.RecordedBy).HasMaxLength(100);
            // The same day told twice is the same re-entry: the second is a 409, not a second count.
            reEntry.HasIndex(r => new { r.ReferralId, r.EnteredCareOn }).IsUnique();
            reEntry.HasOne<Domain.Referral>().WithMany().HasForeignKey(r => r.ReferralId);
        });
    }
}
