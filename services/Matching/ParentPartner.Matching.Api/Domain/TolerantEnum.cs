namespace ParentPartner.Matching.Api.Domain;

/// <summary>Enum values read from other services' events.</summary>
public static class TolerantEnum
{
    /// <summary>
    /// Either spelling, "PreRemoval" or "pre-removal" (case and hyphens ignored): referral is moving to kebab-case,
    /// and its messages queued before the upgrade still carry the old names.
    /// </summary>
    public static TEnum? Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && Enum.TryParse<TEnum>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : null;
}
