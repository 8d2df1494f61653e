namespace ParentPartner.DemoSeed;

public sealed record SeedReport(IReadOnlyList<ProgramSeedResult> Programs, TimeSpan Took)
{
    public bool Failed => Programs.Any(p => p.Error is not null);

    public int Writes => Programs.Sum(p => p.Writes);
}
