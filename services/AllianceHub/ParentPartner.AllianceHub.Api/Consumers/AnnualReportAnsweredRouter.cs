using MassTransit;
using ParentPartner.AllianceHub.Api.Federation;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Api.Consumers;

/// <summary>
/// Moves each answer (published through the outbox) to its state's own exchange on the hub broker,
/// alliance-answers-{state}, which that state's link shovels home: a state only ever receives its own
/// answers. The copy keeps the MessageId, so a re-send after a crash is a duplicate the state's inbox drops.
/// </summary>
public sealed class AnnualReportAnsweredRouter(ILogger<AnnualReportAnsweredRouter> logger) : IConsumer<AnnualReportAnswered>
{
    public async Task Consume(ConsumeContext<AnnualReportAnswered> context)
    {
        if (AnswerRoute.For(context.Message.StateCode) is not { } address)
        {
            logger.LogWarning("Answer {MessageId} has no routable state code; not sent to any state", context.MessageId);
            return;
        }
        var endpoint = await context.GetSendEndpoint(address);
        await endpoint.Send(context.Message, send => send.MessageId = context.MessageId, context.CancellationToken);
    }
}
