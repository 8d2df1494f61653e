using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ParentPartner.Reporting.Api.Data;

/// <summary>Stores every DateTimeOffset as UTC (the instant is unchanged).</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
