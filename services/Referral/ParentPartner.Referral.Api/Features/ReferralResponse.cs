using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features;

/// <summary>A referral as its program's staff see it. After consent is revoked the personal parts are empty.</summary>
/// <param name="Id">The referral's id.</param>
/// <param name="ProgramId">The program it belongs to.</param>
/// <param name="Source">Who referred the family.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="Parent">The parent; empty fields once personal data is erased.</param>
/// <param name="Consent">The parent's consent: when given, what it covers, and when revoked.</param>
public sealed record ReferralResponse(
    Guid Id,
    string ProgramId,
    ReferralSource Source,
    ReferralStatus Status,
    DateTimeOffset ReceivedAt,
    ReferralResponse.ParentView Parent,
    ReferralResponse.ConsentView Consent)
{
    /// <summary>When its status last changed.</summary>
    public DateTimeOffset StatusChangedAt { get; init; }

    /// <summary>The referring organisation; null for a self-referral.</summary>
    public ReferrerView? Referrer { get; init; }

    /// <summary>The child the family seeks support for.</summary>
    public ChildView Child { get; init; } = new(null, []);

    /// <summary>For child welfare: where the family's case stands.</summary>
    public CaseView? Case { get; init; }

    /// <summary>What the family needs and hopes for.</summary>
    public NeedsView Needs { get; init; } = new(null, null, [], null, false);

    /// <summary>Information-only: topic codes of what was given.</summary>
    public IReadOnlyList<string> InformationGiven { get; init; } = [];

    /// <summary>When the personal data was erased after consent was revoked; null while it is kept.</summary>
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

    /// <summary>The parent as their program's staff see them.</summary>
    /// <param name="FirstName">The parent's first name.</param>
    /// <param name="LastName">The parent's last name.</param>
    /// <param name="Email">The parent's email address.</param>
    /// <param name="Phone">The parent's phone number.</param>
    /// <param name="PreferredLanguages">BCP 47 tags, most preferred first.</param>
    /// <param name="County">The county the family lives in.</param>
    public sealed record ParentView(string? FirstName, string? LastName, string? Email, string? Phone, IReadOnlyList<string> PreferredLanguages, string? County)
    {
        /// <summary>When the parent can meet outside office hours.</summary>
        public AvailabilityView Availability { get; init; } = new(false, false);

        /// <summary>The parent is a father who asked for a father as support parent.</summary>
        public bool FatherToFather { get; init; }

        /// <summary>The family's cultural background, only when they chose to give it.</summary>
        public string? CulturalBackground { get; init; }
    }

    /// <summary>When the parent can meet or talk outside office hours.</summary>
    /// <param name="Evenings">The parent can meet in the evenings.</param>
    /// <param name="Weekends">The parent can meet at weekends.</param>
    public sealed record AvailabilityView(bool Evenings, bool Weekends);

    /// <summary>The parent's consent.</summary>
    /// <param name="GivenAt">When it was given.</param>
    /// <param name="Scope">What it covers.</param>
    /// <param name="RevokedAt">When it was revoked; null while it stands.</param>
    public sealed record ConsentView(DateTimeOffset GivenAt, string Scope, DateTimeOffset? RevokedAt);

    /// <summary>The referring organisation and how to reach the person who referred.</summary>
    /// <param name="Organisation">The organisation's name.</param>
    /// <param name="Contact">How to reach the person who referred.</param>
    /// <param name="OrganisationId">The organisation's client id, when its client may follow the referral's status.</param>
    public sealed record ReferrerView(string? Organisation, string? Contact, string? OrganisationId);

    /// <summary>The child: age and condition category codes.</summary>
    /// <param name="Age">The child's age in years.</param>
    /// <param name="ConditionCategories">Condition category codes (P2P).</param>
    public sealed record ChildView(int? Age, IReadOnlyList<string> ConditionCategories);

    /// <summary>For child welfare: where the family's case stands.</summary>
    /// <param name="Stage">The case's stage.</param>
    public sealed record CaseView(CaseStage Stage);

    /// <summary>What the family needs and hopes for.</summary>
    /// <param name="Challenges">The diagnosis or specific challenges.</param>
    /// <param name="ReasonForSupport">Why the parent seeks support.</param>
    /// <param name="QualitiesHopedFor">Qualities hoped for in a support parent (codes).</param>
    /// <param name="Preferences">Anything else the parent asked for.</param>
    /// <param name="CulturalMatch">Matching considers the family's cultural background.</param>
    public sealed record NeedsView(string? Challenges, string? ReasonForSupport, IReadOnlyList<string> QualitiesHopedFor, string? Preferences, bool CulturalMatch);

    /// <summary>Matching's match for this family: when it was made and, once it ended, why.</summary>
    /// <param name="MatchId">The match's id in matching.</param>
    /// <param name="MatchedAt">When the offer was accepted.</param>
    /// <param name="ClosureReason">Why the match ended, once it has (matching's end reason code).</param>
    public sealed record MatchView(Guid MatchId, DateTimeOffset? MatchedAt, string? ClosureReason);
}
