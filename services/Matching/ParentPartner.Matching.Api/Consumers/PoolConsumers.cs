using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>A certified support parent joins the pool (or returns with a fresh profile).</summary>
public sealed class SupportParentCertifiedConsumer(MatchingDbContext db, ILogger<SupportParentCertifiedConsumer> logger)
    : IdempotentConsumer<SupportParentCertified, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertified message, ConsumeContext<SupportParentCertified> context)
    {
        var member = await Pool.FindOrAddAsync(Db, message.SupportParentId, message.ProgramId, context.CancellationToken);
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

/// <summary>The whole matching profile replaces what the pool holds.</summary>
public sealed class SupportParentProfileChangedConsumer(MatchingDbContext db, ILogger<SupportParentProfileChangedConsumer> logger)
    : IdempotentConsumer<SupportParentProfileChanged, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentProfileChanged message, ConsumeContext<SupportParentProfileChanged> context)
    {
        var member = await Pool.FindOrAddAsync(Db, message.SupportParentId, message.ProgramId, context.CancellationToken);
        if (member.UpdatedAt > message.ChangedAt)
        {
            return; // an older profile arriving late
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

public sealed class SupportParentCertificationLapsedConsumer(MatchingDbContext db, ILogger<SupportParentCertificationLapsedConsumer> logger)
    : IdempotentConsumer<SupportParentCertificationLapsed, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertificationLapsed message, ConsumeContext<SupportParentCertificationLapsed> context)
    {
        if (await Db.Pool.FirstOrDefaultAsync(m => m.Id == message.SupportParentId, context.CancellationToken) is { } member)
        {
            member.IsCertified = false;
        }
    }
}

public sealed class SupportParentCertificationRestoredConsumer(MatchingDbContext db, ILogger<SupportParentCertificationRestoredConsumer> logger)
    : IdempotentConsumer<SupportParentCertificationRestored, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertificationRestored message, ConsumeContext<SupportParentCertificationRestored> context)
    {
        if (await Db.Pool.FirstOrDefaultAsync(m => m.Id == message.SupportParentId, context.CancellationToken) is { IsWithdrawn: false } member)
        {
            member.IsCertified = true;
        }
    }
}

public sealed class SupportParentWithdrawnConsumer(MatchingDbContext db, ILogger<SupportParentWithdrawnConsumer> logger)
    : IdempotentConsumer<SupportParentWithdrawn, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentWithdrawn message, ConsumeContext<SupportParentWithdrawn> context)
    {
        if (await Db.Pool.FirstOrDefaultAsync(m => m.Id == message.SupportParentId, context.CancellationToken) is { } member)
        {
            member.IsWithdrawn = true;
            member.IsCertified = false;
        }
    }
}

internal static class Pool
{
    public static async Task<PoolMember> FindOrAddAsync(MatchingDbContext db, Guid id, string programId, CancellationToken cancellationToken) =>
        await db.Pool.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? db.Pool.Add(new PoolMember { Id = id, ProgramId = programId, MaxCaseload = 15 }).Entity;
}
