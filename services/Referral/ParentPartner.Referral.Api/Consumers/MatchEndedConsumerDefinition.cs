using MassTransit;

namespace ParentPartner.Referral.Api.Consumers;

/// <summary>
/// A match's end that overtook its start waits longer than the bus's few seconds of retries: after an outage both
/// queues drain at once, and MatchMade may sit behind a backlog. Minutes, then _error (visible, replayable).
/// </summary>
public sealed class MatchEndedConsumerDefinition : ConsumerDefinition<MatchEndedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<MatchEndedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<MatchNotYetRecordedException>();
            retry.Intervals(2000, 10000, 30000, 60000);
        });
    }
}
