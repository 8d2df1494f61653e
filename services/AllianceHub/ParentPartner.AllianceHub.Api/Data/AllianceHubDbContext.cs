using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.AllianceHub.Api.Data;

/// <summary>
/// The hub's own database: the states' submissions and nothing else (no personal data; a test checks every
/// column against an allow-list). Submissions are not program-owned: the hub is national and its analysts
/// belong to no program.
/// </summary>
public sealed class AllianceHubDbContext(DbContextOptions<AllianceHubDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<PublishedFigure> PublishedFigures => Set<PublishedFigure>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Submission>(submission =>
        {
            submission.ToTable("submissions");
            submission.HasKey(s => s.Id);
            submission.Property(s => s.Id).ValueGeneratedNever();
            submission.Property(s => s.StateCode).HasMaxLength(2).IsFixedLength();
            submission.Property(s => s.ProgramId).HasMaxLength(Submission.ProgramIdLength);
            submission.Property(s => s.ProgramName).HasMaxLength(Submission.ProgramNameLength);
            submission.Property(s => s.ProgramKind).HasMaxLength(Submission.ProgramKindLength);
            submission.Property(s => s.Status)
                .HasConversion(status => status.ToString().ToLowerInvariant(), value => Enum.Parse<SubmissionStatus>(value, true))
                .HasMaxLength(20);
            submission.Property(s => s.Comment).HasMaxLength(Submission.CommentLength);
            submission.Property(s => s.Version).IsRowVersion();
            submission.OwnsMany(s => s.Figures, figures =>
            {
                figures.ToJson("figures");
                figures.Property(f => f.Name).HasJsonPropertyName("name");
                figures.Property(f => f.Value).HasJsonPropertyName("value");
                figures.Property(f => f.Suppressed).HasJsonPropertyName("suppressed");
            });

            // The natural key: a resent or duplicated report finds its row and changes nothing.
            submission.HasIndex(s => new { s.StateCode, s.ProgramId, s.Year, s.Revision }).IsUnique();
            // The analysts' list filtered by status and year.
            submission.HasIndex(s => new { s.Status, s.Year });
            // The analysts' list: newest first.
            submission.HasIndex(s => new { s.ReceivedAt, s.Id });
        });

        modelBuilder.Entity<PublishedFigure>(figure =>
        {
            figure.ToTable("published_figures");
            // Year first: every national view reads a year or a range of years.
            figure.HasKey(f => new { f.Year, f.StateCode, f.ProgramId, f.Name });
            figure.Property(f => f.StateCode).HasMaxLength(2).IsFixedLength();
            figure.Property(f => f.ProgramId).HasMaxLength(Submission.ProgramIdLength);
            figure.Property(f => f.Name).HasMaxLength(40);
            figure.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
