using MassTransit;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>The whole matching profile replaces what the pool holds.</summary>
public sealed class SupportParentProfileChangedConsumer(MatchingDbContext db, ILogger<SupportParentProfileChangedConsumer> logger)
    : IdempotentConsumer<SupportParentProfileChanged, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentProfileChanged message, ConsumeContext<SupportParentProfileChanged> context)
    {
        var member = await PoolMembers.FindOrAddAsync(Db, message.SupportParentId, message.ProgramId, context.CancellationToken);
        if (member.UpdatedAt > message.ChangedAt || member.IsWithdrawn)
        {
            return; // an older profile arriving late, or one about a support parent who has left (their profile is erased)
        }
        member.UserSubject = message.UserSubject ?? member.UserSubject;
        member.IsCertified = string.Equals(message.CertificationStatus, "certified", StringComparison.OrdinalIgnoreCase);
        member.Languages = [.. message.Languages];
        member.County = message.County;
        member.ConditionCategories = [.. message.ConditionCategories];
        member.CaseExperience = [.. message.CaseExperience];
        member.ChildBirthYear = message.ChildBirthYear;
        member.AvailableEvenings = message.AvailableEvenings;
        member.AvailableWeekends = message.AvailableWeekends;
        member.FatherToFatherCapable = message.FatherToFatherCapable;
        member.CulturalBackground = message.CulturalBackground;
        // A lowered caseload never drops below the matches already made (the check constraint holds).
        member.MaxCaseload = Math.Max(message.MaxCaseload, member.ActiveMatches);
        member.UpdatedAt = message.ChangedAt;
    }
}
