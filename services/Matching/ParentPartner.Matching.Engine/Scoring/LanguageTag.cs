namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>BCP 47 tags compare by primary subtag: "es-MX" and "es" are the same language here.</summary>
internal static class LanguageTag
{
    public static string? PrimarySubtag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var span = tag.AsSpan().Trim();
        var cut = span.IndexOfAny('-', '_');
        if (cut >= 0)
        {
            span = span[..cut];
        }

        // Most tags already are a bare lower-case subtag ("en"): no new string for those (pools compile thousands).
        if (span.Length == tag.Length && !span.ContainsAnyInRange('A', 'Z') && !span.ContainsAnyExceptInRange((char)0, (char)127))
        {
            return tag;
        }

        return span.IsEmpty ? null : span.ToString().ToLowerInvariant();
    }
}
