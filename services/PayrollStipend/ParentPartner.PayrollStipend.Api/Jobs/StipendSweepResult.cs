namespace ParentPartner.PayrollStipend.Api.Jobs;

/// <summary>What one stipend sweep did: matches looked at, and matches whose stipend it booked further.</summary>
/// <param name="RanAt">The moment the sweep ran at.</param>
/// <param name="Matches">Active (or recently ended) matches looked at.</param>
/// <param name="Booked">Matches this run claimed and booked; a concurrent or repeated run books none of the same.</param>
public sealed record StipendSweepResult(DateTimeOffset RanAt, int Matches, int Booked);
