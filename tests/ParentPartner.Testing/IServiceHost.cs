namespace ParentPartner.Testing;

/// <summary>A running service instance, whatever its entry point.</summary>
public interface IServiceHost : IAsyncDisposable
{
    Uri Address { get; }

    IServiceProvider Services { get; }
}
