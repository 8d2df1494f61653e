using ParentPartner.Contracts.Matching;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Contracts.Training;

namespace ParentPartner.Bench.Reporting;

/// <summary>
/// A realistic stream: each referral's journey (received, screened, ready with its profile, offered, matched,
/// ended) interleaved with support-parent certifications and training attendance — ten events per journey,
/// several of them touching the same referral row from different queues at once.
/// </summary>
public static class EventMix
{
    public const int EventsPerJourney = 10;

    private static readonly string[] Sources = ["Self", "HospitalOrClinic", "ChildWelfareAgency", "Court", "School", "CommunityOrganisation"];
    private static readonly string[] Languages = ["en", "es", "vi", "so", "ar"];
    private static readonly string[] Counties = ["Polk", "Linn", "Scott", "Johnson", "Black Hawk", "Story"];
    private static readonly string[] Reasons = ["goals-met", "family-withdrew", "reunified", "case-closed", "other"];

    public static IReadOnlyList<object> Create(string programId, int events, int seed)
    {
        var random = new Random(seed);
        var list = new List<object>(events);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var journey = 0; list.Count < events; journey++)
        {
            var at = start.AddMinutes(journey * 37);
            var referral = Guid.NewGuid();
            var parent = Guid.NewGuid();
            var offer = Guid.NewGuid();
            var match = Guid.NewGuid();
            var language = Languages[random.Next(Languages.Length)];
            var county = Counties[random.Next(Counties.Length)];
            object[] steps =
            [
                new ReferralReceived { ReferralId = referral, ProgramId = programId, Source = Sources[random.Next(Sources.Length)], ReceivedAt = at },
                new ReferralStatusChanged { ReferralId = referral, ProgramId = programId, From = "Received", To = "Screened", OccurredAt = at.AddHours(2) },
                new ReferralStatusChanged { ReferralId = referral, ProgramId = programId, From = "Screened", To = "ReadyForMatching", OccurredAt = at.AddHours(5) },
                new ReferralMatchingRequested
                {
                    ReferralId = referral, ProgramId = programId, ProgramKind = "P2p", OccurredAt = at.AddHours(5), ReceivedAt = at,
                    PreferredLanguages = [language], County = county, ConditionCategories = ["autism"], ChildAge = random.Next(0, 18),
                    FatherToFatherWanted = false, AvailableEvenings = true, AvailableWeekends = false, QualitiesHopedFor = ["good-listener"],
                },
                new SupportParentCertified
                {
                    SupportParentId = parent, ProgramId = programId, CertifiedAt = at.AddHours(1), Languages = [language], County = county,
                    ConditionCategories = ["autism"], CaseExperience = [], AvailableEvenings = true, AvailableWeekends = true,
                    MaxCaseload = 15, EmploymentType = "volunteer", FatherToFatherCapable = false,
                },
                new MatchOffered { OfferId = offer, ReferralId = referral, SupportParentId = parent, ProgramId = programId, OfferedAt = at.AddHours(8), ExpiresAt = at.AddHours(80) },
                new MatchMade { MatchId = match, ReferralId = referral, SupportParentId = parent, ProgramId = programId, ReadyAt = at.AddHours(5), MadeAt = at.AddHours(5 + random.Next(1, 96)) },
                new ReferralStatusChanged { ReferralId = referral, ProgramId = programId, From = "ReadyForMatching", To = "Matched", OccurredAt = at.AddHours(100) },
                new TrainingAttended
                {
                    EnrolmentId = Guid.NewGuid(), SupportParentId = parent, ProgramId = programId, EmploymentType = "volunteer", CohortId = Guid.NewGuid(),
                    CourseId = Guid.NewGuid(), CourseCode = "mandatory-reporting", CourseKind = "pre-service", AttendedOn = DateOnly.FromDateTime(at.UtcDateTime),
                    SessionStartedAt = at, Hours = 3m, Completed = true, RecordedAt = at.AddHours(3),
                },
                new MatchEnded { MatchId = match, ReferralId = referral, SupportParentId = parent, ProgramId = programId, Reason = Reasons[random.Next(Reasons.Length)], EndedAt = at.AddDays(60) },
            ];
            list.AddRange(steps.Take(events - list.Count));
        }
        return list;
    }
}
