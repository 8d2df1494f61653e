namespace ParentPartner.AllianceHub.Api.Features.Submissions;

public sealed record FigureResponse(string Name, int? Value, bool Suppressed);
