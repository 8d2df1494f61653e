namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>
/// A figure in a year of the trend. ChangeFromPreviousYear is given only when both years' values are
/// exact (published): a partial or suppressed value would make the change meaningless.
/// </summary>
/// <param name="Name">The catalogue figure's name.</param>
/// <param name="Value">Sum of the published parts; null when suppressed or not reported.</param>
/// <param name="Status">published, partial, suppressed or not-reported.</param>
/// <param name="SuppressedParts">How many programs withheld it.</param>
/// <param name="ChangeFromPreviousYear">Value minus last year's, when both are exact; else null.</param>
public sealed record TrendCell(string Name, long? Value, CellStatus Status, int SuppressedParts, long? ChangeFromPreviousYear);
