namespace ParentPartner.DemoSeed.Programs;

/// <summary>
/// Families who prefer these languages (BCP 47 tags, in order), and the Bogus locale their invented
/// names come from; null when Bogus has none (then <see cref="Names"/> supplies them).
/// </summary>
public sealed record LanguageGroup(string[] Languages, string? NameLocale, InventedNames? Names = null);
