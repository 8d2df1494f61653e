using MassTransit;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>A certified support parent joins the pool (or returns with a fresh profile).</summary>
public sealed class SupportParentCertifiedConsumer(MatchingDbContext db, ILogger<SupportParentCertifiedConsumer> logger)
    : IdempotentConsumer<SupportParentCertified, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertified message, ConsumeContext<SupportParentCertified> context)
    {
        var member = await PoolMembers.FindOrAddAsync(Db, message.SupportParentId, message.ProgramId, context.CancellationToken);
        if (member.IsWithdrawn)
        {
            return; // withdrawal is final in training; a late or redelivered certification must not restore an erased profile
        }
        member.UserSubject = message.UserSubject ?? member.UserSubject;
        member.IsCertified = true;
        member.IsWithdrawn = false;
        member.Languages = [.. message.Languages];
        member.County = message.County;
        member.ConditionCategories = [.. message.ConditionCategories];
        member.CaseExperience = [.. message.CaseExperience];
        member.ChildBirthYear = message.ChildBirthYear;
        member.AvailableEvenings = message.AvailableEvenings;
        member.AvailableWeekends = message.AvailableWeekends;
        member.FatherToFatherCapable = message.FatherToFatherCapable;
        member.CulturalBackground = message.CulturalBackground;
        member.MaxCaseload = Math.Max(message.MaxCaseload, member.ActiveMatches);
        member.UpdatedAt = message.CertifiedAt;
    }
}
