namespace ParentPartner.PayrollStipend.Api.Features.Me;

/// <summary>What you were paid in a calendar year by payment date; for contractors, the 1099-NEC threshold for that year.</summary>
public sealed record YearToDateResponse(int Year, decimal Paid, decimal? Form1099Threshold, bool? Form1099Expected);
