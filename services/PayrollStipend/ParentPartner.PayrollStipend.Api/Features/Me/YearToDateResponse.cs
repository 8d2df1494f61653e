namespace ParentPartner.PayrollStipend.Api.Features.Me;

/// <summary>What you were paid in a calendar year by payment date; for contractors, the 1099-NEC threshold for that year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Paid">Paid in the year by payment date, in US dollars.</param>
/// <param name="Form1099Threshold">For contractors, the year's 1099-NEC threshold in dollars; null otherwise.</param>
/// <param name="Form1099Expected">For contractors, whether payments reach it; null otherwise.</param>
public sealed record YearToDateResponse(int Year, decimal Paid, decimal? Form1099Threshold, bool? Form1099Expected);
