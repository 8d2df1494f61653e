namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>A figure as the state sent it.</summary>
/// <param name="Name">The catalogue figure's name (kebab-case, e.g. matches-made).</param>
/// <param name="Value">The count; null when suppressed.</param>
/// <param name="Suppressed">True when the state withheld a small count (1 to 10) or one that would give it away.</param>
public sealed record FigureResponse(string Name, int? Value, bool Suppressed);
