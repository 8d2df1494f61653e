using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class PayPolicyConfiguration : IEntityTypeConfiguration<PayPolicy>
{
    public const string OneVersionNumberIndex = "ix_pay_policies_program_id_version";

    public void Configure(EntityTypeBuilder<PayPolicy> builder)
    {
        builder.ToTable("pay_policies");
        builder.HasKey(p => p.Id);
        foreach (var rate in new[] { nameof(PayPolicy.CourtHearingRate), nameof(PayPolicy.FamilyTeamMeetingRate), nameof(PayPolicy.OneToOneRate),
                     nameof(PayPolicy.PhoneRate), nameof(PayPolicy.SupportGroupRate), nameof(PayPolicy.TrainingRate), nameof(PayPolicy.OtherRate),
                     nameof(PayPolicy.MileageRate) })
        {
            builder.Property(rate).HasPrecision(10, 4);
        }
        builder.Property(p => p.MatchStipendMonthly).HasPrecision(12, 2);
        builder.Property(p => p.TrainingAttendanceStipend).HasPrecision(12, 2);
        builder.Property(p => p.MonthlyCap).HasPrecision(12, 2);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.HasIndex(p => new { p.ProgramId, p.Version }).IsUnique().HasDatabaseName(OneVersionNumberIndex);
    }
}
