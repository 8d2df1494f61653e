using System.Collections.Concurrent;

namespace ParentPartner.Identity;

/// <summary>
/// Brute-force protection as Keycloak's realm has it: after <see cref="MaxFailures"/> wrong passwords in a row a
/// configured user is locked for <see cref="Lockout"/>, even with the right password. Only configured users are
/// tracked, so guessing names cannot grow this table.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset LockedUntil)> _users = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLocked(string username) =>
        _users.TryGetValue(username, out var state) && state.LockedUntil > clock.GetUtcNow();

    public void Failed(string username) =>
        _users.AddOrUpdate(username, _ => (1, DateTimeOffset.MinValue), (_, state) =>
        {
            var failures = state.LockedUntil != DateTimeOffset.MinValue && state.LockedUntil <= clock.GetUtcNow() ? 1 : state.Failures + 1;
            return (failures, failures >= MaxFailures ? clock.GetUtcNow() + Lockout : DateTimeOffset.MinValue);
        });

    public void Succeeded(string username) => _users.TryRemove(username, out _);
}
