using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>One "state deployment" of a link test: its vhost on the state broker, its bus and its link.</summary>
internal sealed record LinkedState(string Code, RabbitVirtualHost Vhost, StateBus Bus, FederationLink Link)
{
    public async Task<int> OutboundDepthAsync() => await Vhost.Management.QueueDepthAsync(Vhost.Name, Link.OutboundQueue) ?? 0;

    public async Task<int> WaitingAnswersOnHubAsync() => await Link.Hub.Management.QueueDepthAsync(Link.Hub.Name, Link.AnswersQueue) ?? 0;
}
