using MassTransit;
using ParentPartner.Contracts.Scheduling;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>
/// A contact (or a correction of one) becomes hours and mileage lines. Only a higher revision than the one held
/// changes anything; a void takes the contact's pay away (an adjustment when it was already approved).
/// </summary>
public sealed class ContactLoggedConsumer(PayrollStipendDbContext db, TimesheetLedger ledger, PayrollPrograms programs, ILogger<ContactLoggedConsumer> logger)
    : IdempotentConsumer<ContactLogged, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(ContactLogged message, ConsumeContext<ContactLogged> context)
    {
        var cancellationToken = context.CancellationToken;
        var payee = await ledger.LockPayeeAsync(message.ProgramId, message.SupportParentId, message.SupportParentSubject, cancellationToken);
        var contact = await Db.Contacts.FindAsync([message.ContactId], cancellationToken);
        if (contact is not null && contact.Revision >= message.Revision)
        {
            return;
        }
        if (contact is null)
        {
            contact = new ContactRecord { ContactId = message.ContactId, ProgramId = message.ProgramId, SupportParentId = message.SupportParentId, MatchId = message.MatchId };
            Db.Contacts.Add(contact);
        }
        contact.Revision = message.Revision;
        contact.Kind = message.Kind;
        contact.OccurredOn = message.OccurredOn;
        contact.Minutes = message.Minutes;
        contact.Miles = message.Miles;
        contact.Voided = message.Voided;
        contact.MessageId = context.MessageId;
        contact.RecordedAt = message.RecordedAt;

        var settings = await programs.SettingsAsync(message.ProgramId, cancellationToken);
        var policy = await programs.PolicyOnAsync(message.ProgramId, message.OccurredOn, cancellationToken);
        var lines = message.Voided || message.Minutes < 0 || message.Miles < 0
            ? []
            : PayRules.Contact(policy, PayRules.KindOfContact(message.Kind), message.OccurredOn, message.Minutes, message.Miles);
        var source = new LineSource(SourceType.Contact, message.ContactId, Revision: message.Revision, MessageId: context.MessageId, MatchId: message.MatchId);
        await ledger.ApplyAsync(settings, payee, source, message.OccurredOn, lines, cancellationToken);
    }
}
