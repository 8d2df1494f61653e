namespace ParentPartner.Matching.Api.Features.Queue;

public sealed record QueueResponse(string ProgramId, int TargetHours, int Waiting, int PastTarget, IReadOnlyList<QueueItem> Items);
