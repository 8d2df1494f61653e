using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class AppointmentSeriesConfiguration : IEntityTypeConfiguration<AppointmentSeries>
{
    public void Configure(EntityTypeBuilder<AppointmentSeries> builder)
    {
        builder.ToTable("appointment_series");
        builder.HasKey(s => s.Id);
    }
}
