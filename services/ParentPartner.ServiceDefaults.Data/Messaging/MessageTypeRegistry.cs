using System.Collections.Concurrent;
using ParentPartner.Contracts.Referrals;

namespace ParentPartner.ServiceDefaults.Messaging;

/// <summary>Maps an outbox row's type name back to its contract type. Only contract types can travel.</summary>
public sealed class MessageTypeRegistry
{
    private static readonly System.Reflection.Assembly Contracts = typeof(ReferralReceived).Assembly;
    private readonly ConcurrentDictionary<string, Type> _types = new(StringComparer.Ordinal);

    public Type Resolve(string fullName) => _types.GetOrAdd(fullName, name =>
        Contracts.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"'{name}' is not a ParentPartner contract type"));
}
