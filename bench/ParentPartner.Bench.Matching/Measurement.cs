namespace ParentPartner.Bench.Matching;

/// <summary>One size's numbers, measured in its own process so peak memory is that size's alone.</summary>
internal sealed record Measurement
{
    public required int Referrals { get; init; }
    public required int Parents { get; init; }
    public required long FeasiblePairs { get; init; }
    public required int PairArcs { get; init; }
    public required int ArcsAddedBack { get; init; }
    public required int Solves { get; init; }
    public required int Reoptimisations { get; init; }
    public required string Method { get; init; }
    public required bool ProvenOptimal { get; init; }
    public required double MedianMs { get; init; }
    public required double MinMs { get; init; }
    public required double CpuMs { get; init; }
    public required string LoadAverage { get; init; }
    public required int Runs { get; init; }
    public required double ScoringMs { get; init; }
    public required double SolveMs { get; init; }
    public required double CertificateMs { get; init; }
    public required double GreedyMs { get; init; }
    public required long PeakRssBytes { get; init; }
    public required long RssBeforeBytes { get; init; }
    public required long AllocatedPerRunBytes { get; init; }
    public required decimal TotalScore { get; init; }
    public required decimal GreedyScore { get; init; }
    public required int Matched { get; init; }
    public required int GreedyMatched { get; init; }
    public required long RemainingCapacity { get; init; }
    public required bool Valid { get; init; }
}
