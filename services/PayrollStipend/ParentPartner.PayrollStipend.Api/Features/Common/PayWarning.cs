namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// Something the approver and the person should know before this is paid; never a reason it cannot be.
/// benefit-cliff: the month's earnings pass the level the person recorded; monthly-cap: the month's earnings were past the
/// policy's cap and a monthly-cap line takes the excess off (monthEarnings is before the cap);
/// w9-missing: a contractor whose payment the program holds until a W-9 is on file.
/// </summary>
/// <param name="Code">benefit-cliff, monthly-cap or w9-missing.</param>
/// <param name="Message">The warning in words.</param>
/// <param name="Month">The month it is about (yyyy-MM), for benefit-cliff and monthly-cap; else null.</param>
/// <param name="MonthEarnings">That month's earnings in dollars (before the cap); else null.</param>
public sealed record PayWarning(string Code, string Message, string? Month = null, decimal? MonthEarnings = null);
