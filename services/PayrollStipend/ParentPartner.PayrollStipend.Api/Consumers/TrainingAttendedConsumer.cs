using MassTransit;
using ParentPartner.Contracts.Training;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>Training hours (and the attendance stipend) on the session's date; the enrolment id is the natural key.</summary>
public sealed class TrainingAttendedConsumer(PayrollStipendDbContext db, TimesheetLedger ledger, PayrollPrograms programs, ILogger<TrainingAttendedConsumer> logger)
    : IdempotentConsumer<TrainingAttended, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(TrainingAttended message, ConsumeContext<TrainingAttended> context)
    {
        var cancellationToken = context.CancellationToken;
        var payee = await ledger.LockPayeeAsync(message.ProgramId, message.SupportParentId, message.UserSubject, cancellationToken);
        PayeeUpdates.EmploymentType(payee, message.EmploymentType, message.RecordedAt);
        var settings = await programs.SettingsAsync(message.ProgramId, cancellationToken);
        var policy = await programs.PolicyOnAsync(message.ProgramId, message.AttendedOn, cancellationToken);
        var lines = message.Hours > 0 ? PayRules.Training(policy, message.AttendedOn, message.Hours) : [];
        var source = new LineSource(SourceType.Training, message.EnrolmentId, MessageId: context.MessageId);
        await ledger.ApplyAsync(settings, payee, source, message.AttendedOn, lines, cancellationToken);
    }
}
