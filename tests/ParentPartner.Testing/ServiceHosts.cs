using System.Reflection;
using ParentPartner.Gateway.Topology;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Testing;

public static class ServiceHosts
{
    /// <summary>A service's entry point for the test host: the one ServiceDbContext in its assembly.</summary>
    public static Type EntryPointOf(TopologyService service) =>
        Assembly.Load(service.Assembly).GetExportedTypes().Single(t => t.IsSubclassOf(typeof(ServiceDbContext)) && !t.IsAbstract);
}
