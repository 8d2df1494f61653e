using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ProgramId).HasMaxLength(64);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Place).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.NoShowBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Address).HasMaxLength(300);
        builder.Property(a => a.Phone).HasMaxLength(40);
        builder.Property(a => a.VideoLink).HasMaxLength(500);
        builder.Property(a => a.SupportParentSubject).HasMaxLength(100);
        builder.Property(a => a.FamilyName).HasMaxLength(30);
        builder.Property(a => a.TimeZone).HasMaxLength(64);
        builder.Property(a => a.StartsLocal).HasColumnType("timestamp without time zone");
        builder.Property(a => a.EndsLocal).HasColumnType("timestamp without time zone");
        builder.Property(a => a.CreatedBy).HasMaxLength(100);
        builder.Property(a => a.OccurrenceLocal).HasColumnType("timestamp without time zone");
        builder.Ignore(a => a.DurationMinutes);
        builder.HasOne<AppointmentSeries>().WithMany().HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SeriesId, a.OccurrenceLocal });
        builder.HasIndex(a => new { a.ProgramId, a.StartsAt, a.Id });
        builder.HasIndex(a => new { a.SupportParentSubject, a.StartsAt });
    }
}
