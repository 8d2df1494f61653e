namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// Something the approver and the person should know before this is paid; never a reason it cannot be.
/// benefit-cliff: the month's earnings pass the level the person recorded; monthly-cap: past the policy's cap;
/// w9-missing: a contractor whose payment the program holds until a W-9 is on file.
/// </summary>
public sealed record PayWarning(string Code, string Message, string? Month = null, decimal? MonthEarnings = null);
