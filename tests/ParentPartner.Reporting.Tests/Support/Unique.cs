namespace ParentPartner.Reporting.Tests.Support;

/// <summary>Values no other test uses (BCP 47 private-use language tags, county and condition names), for roster-gap rows of a test's own.</summary>
public static class Unique
{
    public static string Language() => "x-" + Guid.NewGuid().ToString("N")[..8];

    public static string County() => "County " + Guid.NewGuid().ToString("N")[..8];

    public static string Condition() => "condition-" + Guid.NewGuid().ToString("N")[..8];
}
