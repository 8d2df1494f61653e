using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace ParentPartner.Training.Api.Data;

public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value));
