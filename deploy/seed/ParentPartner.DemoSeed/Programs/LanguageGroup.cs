namespace ParentPartner.DemoSeed.Programs;

/// <summary>
/// People who use these languages (BCP 47 tags, in order), the Bogus locale their invented names come
/// from (null when Bogus has none or writes another script: then <see cref="Names"/> supplies them), and
/// the cultural backgrounds some of them choose to give.
/// </summary>
public sealed record LanguageGroup(string[] Languages, string? NameLocale, InventedNames? Names = null, string[]? Backgrounds = null);
