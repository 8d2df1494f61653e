namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>
/// A figure in a year of the trend. ChangeFromPreviousYear is given only when both years' values are
/// exact (published): a partial or suppressed value would make the change meaningless.
/// </summary>
public sealed record TrendCell(string Name, long? Value, CellStatus Status, int SuppressedParts, long? ChangeFromPreviousYear);
