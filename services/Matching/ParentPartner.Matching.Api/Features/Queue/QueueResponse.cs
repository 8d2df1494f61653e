namespace ParentPartner.Matching.Api.Features.Queue;

/// <summary>A program's matching queue: referrals ready for a support parent and how long they have waited.</summary>
/// <param name="ProgramId">The program whose queue this is.</param>
/// <param name="TargetHours">The program's target, in hours from ready to an offer.</param>
/// <param name="Waiting">Referrals waiting (no match yet).</param>
/// <param name="PastTarget">Of those, how many have waited longer than the target.</param>
/// <param name="Items">The waiting referrals, longest-waiting first.</param>
public sealed record QueueResponse(string ProgramId, int TargetHours, int Waiting, int PastTarget, IReadOnlyList<QueueItem> Items);
