namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>The jurisdictions that can run a state deployment: 50 states, DC and the five inhabited territories (USPS codes).</summary>
public static class StateCodes
{
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
    };

    /// <summary>Two ASCII letters, upper-cased; null when the value cannot be a code at all.</summary>
    public static string? Normalise(string? value) =>
        value is { Length: 2 } && value.All(char.IsAsciiLetter) ? value.ToUpperInvariant() : null;
}
