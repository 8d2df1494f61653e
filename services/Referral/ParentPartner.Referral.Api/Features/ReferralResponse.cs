using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features;

/// <summary>A referral as its program's staff see it. After consent is revoked the personal parts are empty.</summary>
public sealed record ReferralResponse(
    Guid Id,
    string ProgramId,
    ReferralSource Source,
    ReferralStatus Status,
    DateTimeOffset ReceivedAt,
    ReferralResponse.ParentView Parent,
    ReferralResponse.ConsentView Consent)
{
    public DateTimeOffset StatusChangedAt { get; init; }

    public ReferrerView? Referrer { get; init; }

    public ChildView Child { get; init; } = new(null, []);

    public CaseView? Case { get; init; }

    public NeedsView Needs { get; init; } = new(null, null, [], null, false);

    public IReadOnlyList<string> InformationGiven { get; init; } = [];

    public DateTimeOffset? PersonalDataErasedAt { get; init; }

    /// <summary>Matching's match for this family, when it made it, and why it ended (from matching's events).</summary>
    public MatchView? Match { get; init; }

    public static ReferralResponse From(Domain.Referral referral) => new(
        referral.Id,
        referral.ProgramId,
        referral.Source,
        referral.Status,
        referral.ReceivedAt,
        new ParentView(referral.Parent.FirstName, referral.Parent.LastName, referral.Parent.Email, referral.Parent.Phone, referral.Parent.PreferredLanguages, referral.Parent.County)
        {
            Availability = new AvailabilityView(referral.Parent.AvailableEvenings, referral.Parent.AvailableWeekends),
            FatherToFather = referral.Parent.FatherToFatherWanted,
            CulturalBackground = referral.Parent.CulturalBackground,
        },
        new ConsentView(referral.Consent.GivenAt, referral.Consent.Scope, referral.Consent.RevokedAt))
    {
        StatusChangedAt = referral.StatusChangedAt,
        Referrer = referral.ReferrerOrganisation is null && referral.ReferrerContact is null && referral.ReferrerOrganisationId is null
            ? null
            : new ReferrerView(referral.ReferrerOrganisation, referral.ReferrerContact, referral.ReferrerOrganisationId),
        Child = new ChildView(referral.Child.Age, referral.Child.ConditionCategories),
        Case = referral.CaseStage is { } stage ? new CaseView(stage) : null,
        Needs = new NeedsView(referral.Needs.Challenges, referral.Needs.ReasonForSupport, referral.Needs.QualitiesHopedFor, referral.Needs.Preferences, referral.Needs.CulturalMatchWanted),
        InformationGiven = referral.InformationGiven,
        PersonalDataErasedAt = referral.PersonalDataErasedAt,
        Match = referral.MatchId is { } matchId ? new MatchView(matchId, referral.MatchedAt, referral.ClosureReason) : null,
    };

    public sealed record ParentView(string? FirstName, string? LastName, string? Email, string? Phone, IReadOnlyList<string> PreferredLanguages, string? County)
    {
        public AvailabilityView Availability { get; init; } = new(false, false);

        public bool FatherToFather { get; init; }

        public string? CulturalBackground { get; init; }
    }

    public sealed record AvailabilityView(bool Evenings, bool Weekends);

    public sealed record ConsentView(DateTimeOffset GivenAt, string Scope, DateTimeOffset? RevokedAt);

    public sealed record ReferrerView(string? Organisation, string? Contact, string? OrganisationId);

    public sealed record ChildView(int? Age, IReadOnlyList<string> ConditionCategories);

    public sealed record CaseView(CaseStage Stage);

    public sealed record NeedsView(string? Challenges, string? ReasonForSupport, IReadOnlyList<string> QualitiesHopedFor, string? Preferences, bool CulturalMatch);

    public sealed record MatchView(Guid MatchId, DateTimeOffset? MatchedAt, string? ClosureReason);
}
