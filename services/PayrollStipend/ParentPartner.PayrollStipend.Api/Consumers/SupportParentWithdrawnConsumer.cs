using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.ServiceDefaults.Erasure;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>
/// A support parent left: what payroll held only to help them (the benefit they receive and its earnings level, for
/// the cliff warning) is erased. The pay records stay as the law requires (docs/adr/0010): legal name, W-9 on file,
/// timesheets, lines, exports and invoices, for the retention period; pay still owed is still paid from them.
/// </summary>
public sealed class SupportParentWithdrawnConsumer(PayrollStipendDbContext db, ILogger<SupportParentWithdrawnConsumer> logger)
    : IdempotentConsumer<SupportParentWithdrawn, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentWithdrawn message, ConsumeContext<SupportParentWithdrawn> context)
    {
        var cancellationToken = context.CancellationToken;
        await Db.Payees.Where(p => p.ProgramId == message.ProgramId && p.SupportParentId == message.SupportParentId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.BenefitKind, (string?)null)
                .SetProperty(p => p.BenefitMonthlyLevel, (decimal?)null)
                .SetProperty(p => p.BenefitConsentAt, (DateTimeOffset?)null)
                .SetProperty(p => p.UpdatedAt, message.WithdrawnAt), cancellationToken);
        await Db.ForgetStoredResponsesAsync([message.SupportParentId], cancellationToken);
    }
}
