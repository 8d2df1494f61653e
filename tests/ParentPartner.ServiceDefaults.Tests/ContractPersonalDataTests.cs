using System.Reflection;
using MassTransit;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Matching.Api.Data;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Training.Api.Data;

namespace ParentPartner.ServiceDefaults.Tests;

/// <summary>
/// Events carry the minimum (issue 13): every field of every contract is on this allow-list, as the hub's intake is,
/// so a new field fails here until someone has decided in review that it may travel. Fields about a person travel
/// only to the services named for them, and the sensitive ones (recovery, case history, benefits) never leave the
/// service that holds them.
/// </summary>
public sealed class ContractPersonalDataTests
{
    // Static classes hold a contract's vocabulary (MatchEndReasons), not a message.
    private static readonly Type[] Contracts = [.. typeof(ReferralReceived).Assembly.GetExportedTypes().Where(t => !t.IsInterface && !(t.IsAbstract && t.IsSealed))];

    private static readonly Dictionary<string, string[]> AllowedFields = new()
    {
        ["AnnualReportAnswered"] = ["SubmissionId", "ProgramId", "StateCode", "Year", "Revision", "Decision", "Comment", "AnsweredAt"],
        ["AnnualReportSubmitted"] = ["SubmissionId", "StateCode", "ProgramId", "ProgramName", "ProgramKind", "Year", "Revision", "SubmittedAt", "Figures"],
        ["ReportedFigure"] = ["ProgramId", "Name", "Value", "Suppressed"],
        ["MatchEnded"] = ["MatchId", "ReferralId", "SupportParentId", "ProgramId", "Reason", "ReEntryWithin12Months", "EndedAt"],
        ["MatchMade"] = ["MatchId", "ReferralId", "SupportParentId", "ProgramId", "SupportParentSubject", "ProgramKind", "ReadyAt", "MadeAt"],
        ["MatchOfferDeclined"] = ["OfferId", "ReferralId", "SupportParentId", "ProgramId", "Reason", "DeclinedAt"],
        ["MatchOfferExpired"] = ["OfferId", "ReferralId", "SupportParentId", "ProgramId", "ExpiredAt"],
        ["MatchOfferWithdrawn"] = ["OfferId", "ReferralId", "SupportParentId", "ProgramId", "Reason", "WithdrawnAt"],
        ["MatchOffered"] = ["OfferId", "ReferralId", "SupportParentId", "ProgramId", "OfferedAt", "ExpiresAt"],
        ["PaidEarnings"] = ["ProgramId", "Code", "EmploymentType", "Hours", "Amount"],
        ["PayrollPaid"] = ["PaymentId", "ProgramId", "PeriodId", "PeriodStartsOn", "PeriodEndsOn", "PaidOn", "PayeeCount", "Earnings", "TotalAmount", "RecordedAt"],
        ["InformationRequestRecorded"] = ["InquiryId", "ProgramId", "Channel", "Topics", "County", "Language", "ResourcesSent", "AnsweredOn", "RecordedAt"],
        ["ReferralConsentRevoked"] = ["ReferralId", "ProgramId", "RevokedAt", "OccurredAt"],
        ["ReferralContactShared"] = ["ReferralId", "ProgramId", "ConsentScope", "FirstName", "Phone", "Email", "PreferredContact", "SharedAt"],
        ["ReferralInformationOnlyRecorded"] = ["ReferralId", "ProgramId", "Source", "InformationGiven", "OccurredAt"],
        ["ReferralMatchingRequested"] =
        [
            "ReferralId", "ProgramId", "ProgramKind", "OccurredAt", "ReceivedAt", "PreferredLanguages", "County", "ConditionCategories", "CaseStage",
            "ChildAge", "FatherToFatherWanted", "CulturalBackground", "AvailableEvenings", "AvailableWeekends", "QualitiesHopedFor",
        ],
        ["ReferralReEntryRecorded"] = ["ReferralId", "ProgramId", "MatchId", "EnteredCareOn", "RecordedAt"],
        ["ReferralReceived"] = ["ReferralId", "ProgramId", "Source", "ReceivedAt"],
        ["ReferralStatusChanged"] = ["ReferralId", "ProgramId", "From", "To", "Reason", "OccurredAt"],
        ["ReferralWithdrawalRecorded"] = ["ReferralId", "ProgramId", "PreviousStatus", "Reason", "OccurredAt"],
        ["AppointmentClosed"] = ["AppointmentId", "ProgramId", "MatchId", "Kind", "Outcome", "NoShowBy", "StartsAt", "OccurredAt"],
        ["ContactLogged"] =
        [
            "ContactId", "Revision", "ProgramId", "MatchId", "SupportParentId", "SupportParentSubject", "Kind", "Mode", "StartedAt", "OccurredOn",
            "Minutes", "Miles", "EnteredBy", "Voided", "RecordedAt",
        ],
        ["PlanItemOverdue"] = ["PlanItemId", "ProgramId", "MatchId", "Kind", "DueAt", "OccurredAt"],
        ["SupportParentCertificationLapsed"] = ["SupportParentId", "ProgramId", "LapsedAt", "OverdueCourses"],
        ["SupportParentCertificationRestored"] = ["SupportParentId", "ProgramId", "RestoredAt"],
        ["SupportParentCertified"] =
        [
            "SupportParentId", "ProgramId", "UserSubject", "CertifiedAt", "Languages", "County", "ConditionCategories", "CaseExperience",
            "AvailableEvenings", "AvailableWeekends", "MaxCaseload", "EmploymentType", "FatherToFatherCapable", "CulturalBackground", "ChildBirthYear",
        ],
        ["SupportParentContactShared"] = ["SupportParentId", "ProgramId", "DisplayName", "Phone", "Email", "SharedAt"],
        ["SupportParentProfileChanged"] =
        [
            "SupportParentId", "ProgramId", "UserSubject", "ChangedAt", "CertificationStatus", "Languages", "County", "ConditionCategories",
            "CaseExperience", "AvailableEvenings", "AvailableWeekends", "MaxCaseload", "EmploymentType", "FatherToFatherCapable", "CulturalBackground",
            "ChildBirthYear",
        ],
        ["SupportParentWithdrawn"] = ["SupportParentId", "ProgramId", "WithdrawnAt", "Reason"],
        ["TrainingAttended"] =
        [
            "EnrolmentId", "SupportParentId", "ProgramId", "UserSubject", "EmploymentType", "CohortId", "CourseId", "CourseCode", "CourseKind",
            "AttendedOn", "SessionStartedAt", "Hours", "Completed", "RecordedAt",
        ],
    };

    /// <summary>Who a person is or how to reach them.</summary>
    private static readonly HashSet<string> IdentifyingFields = ["FirstName", "LastName", "DisplayName", "LegalName", "Phone", "Email", "Address"];

    /// <summary>What describes a person (with a county, enough to point at a family): the matching profiles.</summary>
    private static readonly HashSet<string> ProfileFields =
    [
        "PreferredLanguages", "Languages", "ConditionCategories", "CaseStage", "CaseExperience", "ChildAge", "ChildBirthYear", "CulturalBackground",
        "FatherToFatherWanted", "FatherToFatherCapable", "QualitiesHopedFor",
    ];

    /// <summary>
    /// The services that may consume a contract carrying identifying or profile fields, and why. Matching scores the
    /// profiles and shows the matched support parent how to reach the family; reporting counts by language, county and
    /// condition and erases on consent revoked and withdrawal; payroll reads only the employment type of a profile.
    /// </summary>
    private static readonly Dictionary<string, string[]> AllowedConsumers = new()
    {
        ["ReferralContactShared"] = ["matching"],
        ["SupportParentContactShared"] = [],
        ["ReferralMatchingRequested"] = ["matching", "reporting"],
        ["SupportParentCertified"] = ["matching", "payroll-stipend", "reporting"],
        ["SupportParentProfileChanged"] = ["matching", "payroll-stipend", "reporting"],
    };

    /// <summary>Recovery, case history, benefits, health and tax details: held by the one service that needs them, never sent.</summary>
    private static readonly string[] SensitiveWords =
    [
        "recovery", "resolved", "history", "benefit", "challenge", "reasonforsupport", "note", "diagnos", "medic", "ssn", "taxid", "tin", "income",
        "w9", "birthdate", "dateofbirth", "legal",
    ];

    private static readonly Dictionary<string, Assembly> Services = new()
    {
        ["referral"] = typeof(ReferralDbContext).Assembly,
        ["training"] = typeof(TrainingDbContext).Assembly,
        ["matching"] = typeof(MatchingDbContext).Assembly,
        ["scheduling"] = typeof(SchedulingDbContext).Assembly,
        ["payroll-stipend"] = typeof(PayrollStipendDbContext).Assembly,
        ["reporting"] = typeof(ReportingDbContext).Assembly,
        ["alliance-hub"] = typeof(AllianceHubDbContext).Assembly,
    };

    private static string[] FieldsOf(Type contract) =>
        [.. contract.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").Select(p => p.Name)];

    [Fact]
    public void Every_field_of_every_contract_is_on_the_allow_list()
    {
        Assert.Equal(AllowedFields.Keys.Order(), Contracts.Select(t => t.Name).Order());
        foreach (var contract in Contracts)
        {
            var unreviewed = FieldsOf(contract).Except(AllowedFields[contract.Name]).ToList();
            Assert.True(unreviewed.Count == 0, $"{contract.Name} has fields nobody reviewed: {string.Join(", ", unreviewed)}");
        }
    }

    [Fact]
    public void Sensitive_fields_travel_in_no_contract()
    {
        foreach (var contract in Contracts)
        {
            foreach (var field in FieldsOf(contract))
            {
                var word = SensitiveWords.FirstOrDefault(w => field.Contains(w, StringComparison.OrdinalIgnoreCase));
                Assert.True(word is null, $"{contract.Name}.{field} looks like sensitive data ({word}) and must stay in the service that holds it");
            }
        }
    }

    [Fact]
    public void Identifying_and_profile_fields_travel_only_in_the_contracts_reviewed_for_them()
    {
        var carrying = Contracts.Where(c => FieldsOf(c).Any(f => IdentifyingFields.Contains(f) || ProfileFields.Contains(f))).Select(c => c.Name).Order();
        Assert.Equal(AllowedConsumers.Keys.Order(), carrying);
        // Identifiers travel only in the two contact contracts, never beside a profile.
        Assert.Equal(["ReferralContactShared", "SupportParentContactShared"],
            Contracts.Where(c => FieldsOf(c).Any(IdentifyingFields.Contains)).Select(c => c.Name).Order());
        Assert.All(Contracts, c => Assert.False(FieldsOf(c).Any(IdentifyingFields.Contains) && FieldsOf(c).Any(ProfileFields.Contains), c.Name));
    }

    [Fact]
    public void Contracts_about_a_person_are_consumed_only_by_the_services_that_need_them()
    {
        var consumers = Services
            .SelectMany(s => s.Value.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false })
                .SelectMany(t => t.GetInterfaces())
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
                .Select(i => (Service: s.Key, Contract: i.GetGenericArguments()[0])))
            .Distinct()
            .ToList();
        Assert.Contains(consumers, c => c.Contract == typeof(ReferralMatchingRequested)); // the scan finds consumers at all

        foreach (var (contract, allowed) in AllowedConsumers)
        {
            var actual = consumers.Where(c => c.Contract.Name == contract).Select(c => c.Service).Distinct().Order().ToArray();
            Assert.True(allowed.Order().SequenceEqual(actual),
                $"{contract} is consumed by [{string.Join(", ", actual)}]; reviewed for [{string.Join(", ", allowed)}]");
        }
        // The national hub consumes nothing about a person at all.
        Assert.DoesNotContain(consumers, c => c.Service == "alliance-hub" && AllowedConsumers.ContainsKey(c.Contract.Name));
    }
}
