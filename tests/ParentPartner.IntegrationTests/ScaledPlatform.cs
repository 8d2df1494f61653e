using ParentPartner.Gateway.Limits;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Training.Api.Data;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// The whole platform with two instances of every service and two gateways, each gateway balancing over both
/// instances of every service: what an ops team gets when it scales every Deployment to two replicas.
/// </summary>
public sealed class ScaledPlatform : IAsyncLifetime
{
    public Platform Platform { get; } = new();

    /// <summary>The second instance of every service, by service name.</summary>
    public Dictionary<string, IServiceHost> Second { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ServiceHost<RequestLimitsOptions>> Gateways { get; private set; } = [];

    public ServiceHost<SchedulingDbContext> SecondScheduling => (ServiceHost<SchedulingDbContext>)Second["scheduling"];

    public ServiceHost<TrainingDbContext> SecondTraining => (ServiceHost<TrainingDbContext>)Second["training"];

    public ServiceHost<MatchingDbContext> SecondMatching => (ServiceHost<MatchingDbContext>)Second["matching"];

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        foreach (var service in Platform.Topology.Services)
        {
            Second[service.Name] = Platform.StartService(service.Name);
        }
        var bothInstances = Second.ToDictionary(
            s => $"ReverseProxy:Clusters:{s.Key}:Destinations:secondary:Address", s => (string?)s.Value.Address.ToString());
        Gateways = [Platform.StartGateway(bothInstances), Platform.StartGateway(bothInstances)];
    }

    public Task DisposeAsync() => Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ScaledPlatformCollection : ICollectionFixture<ScaledPlatform>
{
    public const string Name = "scaled platform";
}
