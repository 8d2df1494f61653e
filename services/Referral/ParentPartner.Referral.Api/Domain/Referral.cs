using ParentPartner.Contracts.Matching;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>A family's request for a support parent, from intake to close.</summary>
public sealed class Referral : IProgramOwned
{
    public Guid Id { get; set; }

    public required string ProgramId { get; set; }

    public ReferralSource Source { get; set; }

    public string? ReferrerOrganisation { get; set; }

    public string? ReferrerContact { get; set; }

    /// <summary>
    /// The referring organisation's client id (the token's azp): set from the token when its own client
    /// submits, or by intake when it phoned the referral in. That client sees the referral's status, nothing else.
    /// </summary>
    public string? ReferrerOrganisationId { get; set; }

    public ReferralStatus Status { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When the referral entered its current status (waiting times are measured from here).</summary>
    public DateTimeOffset StatusChangedAt { get; set; }

    public required ParentContact Parent { get; set; }

    public ChildDetails Child { get; set; } = new();

    public CaseStage? CaseStage { get; set; }

    public IntakeNeeds Needs { get; set; } = new();

    public required Consent Consent { get; set; }

    /// <summary>Topic codes of the information given when the request was information-only.</summary>
    public List<string> InformationGiven { get; set; } = [];

    /// <summary>Who took the referral in (token subject), for the audit trail.</summary>
    public string? CreatedBy { get; set; }

    public DateTimeOffset? PersonalDataErasedAt { get; set; }

    /// <summary>Matching's id of the match that took this family in (from MatchMade); how redeliveries and stale ends are told apart.</summary>
    public Guid? MatchId { get; set; }

    /// <summary>When matching made the match (its own time, not when the event arrived).</summary>
    public DateTimeOffset? MatchedAt { get; set; }

    /// <summary>Why the match ended (goals-met, family-withdrew, reunified, case-closed, other): a code, kept after erasure so outcomes count.</summary>
    public string? ClosureReason { get; set; }

    /// <summary>When matching ended the match (its own time): the day of reunification a re-entry is measured from.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public List<StatusChange> StatusHistory { get; set; } = [];

    /// <summary>Optimistic concurrency (PostgreSQL's xmin): two screeners cannot both move the same status.</summary>
    public uint Version { get; set; }

    /// <summary>Who the history names for the moves matching's events make.</summary>
    public const string MatchingActor = "matching";

    /// <summary>Records the first entry of the history: the referral as received.</summary>
    public StatusChange RecordIntake(string by) => Record(null, ReferralStatus.Received, ReceivedAt, by, reason: null, note: null);

    /// <summary>Moves to <paramref name="to"/> if the status machine allows it; null (and no change) when it does not.</summary>
    public StatusChange? MoveTo(ReferralStatus to, DateTimeOffset at, string by, string? reason, string? note)
    {
        if (!ReferralStatusMachine.CanMove(Status, to))
        {
            return null;
        }
        var from = Status;
        Status = to;
        StatusChangedAt = at;
        return Record(from, to, at, by, reason, note);
    }

    /// <summary>Matching made the match: ready-for-matching → matched, recorded as system work; null (and no change) when not allowed.</summary>
    public StatusChange? RecordMatch(Guid matchId, DateTimeOffset madeAt)
    {
        if (MoveTo(ReferralStatus.Matched, NotBeforeCurrent(madeAt), MatchingActor, reason: null, note: null) is not { } change)
        {
            return null;
        }
        MatchId = matchId;
        MatchedAt = madeAt;
        return change;
    }

    /// <summary>Matching ended the match: matched → closed with the end reason; null (and no change) when not allowed.</summary>
    public StatusChange? RecordMatchEnded(string reason, DateTimeOffset endedAt)
    {
        if (MoveTo(ReferralStatus.Closed, NotBeforeCurrent(endedAt), MatchingActor, reason, note: null) is not { } change)
        {
            return null;
        }
        ClosureReason = reason;
        ClosedAt = endedAt;
        return change;
    }

    /// <summary>Closed with a reunification: the only referral a re-entry into care can follow.</summary>
    public bool IsReunified => Status == ReferralStatus.Closed && ClosureReason == MatchEndReasons.Reunified;

    /// <summary>
    /// Consent revoked: everything about the family goes (names, contacts, free text, the child's and the
    /// case's details, cultural background); the ids, program, source, statuses and dates stay so counts survive.
    /// </summary>
    public void ErasePersonalData(DateTimeOffset at)
    {
        // Cleared in place: the owned parts share the referral's row, so this is one UPDATE of its columns.
        Parent.FirstName = Parent.LastName = Parent.Email = Parent.Phone = Parent.County = Parent.CulturalBackground = null;
        Parent.PreferredLanguages = [];
        Parent.AvailableEvenings = Parent.AvailableWeekends = Parent.FatherToFatherWanted = false;
        Child.Age = null;
        Child.ConditionCategories = [];
        CaseStage = null;
        Needs.Challenges = Needs.ReasonForSupport = Needs.Preferences = null;
        Needs.QualitiesHopedFor = [];
        Needs.CulturalMatchWanted = false;
        ReferrerContact = null;
        InformationGiven = [];
        foreach (var change in StatusHistory)
        {
            change.Note = null;
        }
        Consent.RevokedAt ??= at;
        PersonalDataErasedAt = at;
    }

    // Another service's clock may lag ours: the history stays in order (PostgreSQL keeps microseconds), the event's own time is kept on the referral.
    private DateTimeOffset NotBeforeCurrent(DateTimeOffset at) => at <= StatusChangedAt ? StatusChangedAt.AddMicroseconds(1) : at;

    private StatusChange Record(ReferralStatus? from, ReferralStatus to, DateTimeOffset at, string by, string? reason, string? note)
    {
        var change = new StatusChange
        {
            Id = Guid.CreateVersion7(at),
            ReferralId = Id,
            ProgramId = ProgramId,
            From = from,
            To = to,
            ChangedAt = at,
            ChangedBy = by,
            Reason = reason,
            Note = note,
        };
        StatusHistory.Add(change);
        return change;
    }
}
