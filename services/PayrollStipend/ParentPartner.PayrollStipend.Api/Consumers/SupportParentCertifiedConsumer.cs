using MassTransit;
using ParentPartner.Contracts.Training;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>A certified support parent becomes a payee: their account and employment type, nothing else of the profile.</summary>
public sealed class SupportParentCertifiedConsumer(PayrollStipendDbContext db, TimesheetLedger ledger, ILogger<SupportParentCertifiedConsumer> logger)
    : IdempotentConsumer<SupportParentCertified, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertified message, ConsumeContext<SupportParentCertified> context)
    {
        var payee = await ledger.LockPayeeAsync(message.ProgramId, message.SupportParentId, message.UserSubject, context.CancellationToken);
        PayeeUpdates.EmploymentType(payee, message.EmploymentType, message.CertifiedAt);
    }
}
