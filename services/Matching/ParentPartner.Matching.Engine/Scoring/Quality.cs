namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// The qualities hoped for in a support parent that the engine can check against a matching profile (kebab-case tags
/// from intake). A tag it does not know is kept and shown to the coordinator as "recorded, not scored".
/// </summary>
[Flags]
public enum Quality : byte
{
    None = 0,

    /// <summary>"same-diagnosis", "lived-same-diagnosis", "same-condition", "same-experience": shares a condition category or has lived the case stage.</summary>
    SameDiagnosis = 1,

    /// <summary>"bilingual": speaks at least two languages.</summary>
    Bilingual = 2,

    /// <summary>"same-county", "local": lives in the family's county.</summary>
    SameCounty = 4,

    /// <summary>"a-father", "father", "dad": the support parent is a father.</summary>
    AFather = 8,

    /// <summary>"in-recovery", "recovery": lived experience of recovery from substance use.</summary>
    InRecovery = 16,
}

public static class Qualities
{
    /// <summary>Each scored quality with the tags that mean it (the first is the canonical one shown).</summary>
    public static IReadOnlyList<(Quality Quality, string[] Tags)> Vocabulary { get; } =
    [
        (Quality.SameDiagnosis, ["same-diagnosis", "lived-same-diagnosis", "same-condition", "same-experience"]),
        (Quality.Bilingual, ["bilingual"]),
        (Quality.SameCounty, ["same-county", "local"]),
        (Quality.AFather, ["a-father", "father", "dad"]),
        (Quality.InRecovery, ["in-recovery", "recovery"]),
    ];

    /// <summary>The quality a tag names, or <see cref="Quality.None"/> when the engine cannot score it.</summary>
    public static Quality Parse(string? tag)
    {
        var key = tag?.Trim().ToLowerInvariant();
        foreach (var (quality, tags) in Vocabulary)
        {
            if (tags.Contains(key)) return quality;
        }

        return Quality.None;
    }

    /// <summary>The scored qualities among the tags.</summary>
    public static Quality Of(IEnumerable<string>? tags)
    {
        var all = Quality.None;
        foreach (var tag in tags ?? []) all |= Parse(tag);
        return all;
    }

    public static string Name(Quality quality) => Vocabulary.First(v => v.Quality == quality).Tags[0];

    /// <summary>Condition-category codes that are lived experience of recovery.</summary>
    public static bool IsRecoveryExperience(string code) =>
        code.Equals("recovery", StringComparison.OrdinalIgnoreCase)
        || code.Equals("in-recovery", StringComparison.OrdinalIgnoreCase)
        || code.Equals("substance-use", StringComparison.OrdinalIgnoreCase);
}
