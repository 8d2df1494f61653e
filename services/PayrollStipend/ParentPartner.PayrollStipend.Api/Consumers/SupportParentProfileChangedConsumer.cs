using MassTransit;
using ParentPartner.Contracts.Training;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>A change of employment type applies to lines placed from then on; lines already placed keep their pay.</summary>
public sealed class SupportParentProfileChangedConsumer(PayrollStipendDbContext db, TimesheetLedger ledger, ILogger<SupportParentProfileChangedConsumer> logger)
    : IdempotentConsumer<SupportParentProfileChanged, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentProfileChanged message, ConsumeContext<SupportParentProfileChanged> context)
    {
        var payee = await ledger.LockPayeeAsync(message.ProgramId, message.SupportParentId, message.UserSubject, context.CancellationToken);
        PayeeUpdates.EmploymentType(payee, message.EmploymentType, message.ChangedAt);
    }
}
