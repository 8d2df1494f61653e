namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// A candidate in 32 bytes for the row loop: everything a feasibility test and a score need, two candidates
/// per cache line, read in order.
/// </summary>
internal struct PackedCandidate
{
    public ulong Lang;
    public ulong Cat;

    /// <summary>Program index, or -1 when a candidate-only constraint (certification, capacity) already fails.</summary>
    public int EligibleProgram;
    public bool IsFather;
    public byte Stages;
    public byte Availability;

    /// <summary>Clamped age, or <see cref="ScoringModel.MaxAge"/> + 1 when unknown.</summary>
    public byte Age;

    /// <summary>The <see cref="Quality"/> bits that depend on the candidate alone (bilingual, a father, in recovery).</summary>
    public byte Qualities;

    /// <summary>County index, or the county count when unknown.</summary>
    public ushort County;

    /// <summary>Culture index, or the culture count when unknown.</summary>
    public ushort Culture;

    /// <summary>The load-balance term's points in hundredths (it depends on the candidate alone).</summary>
    public ushort LoadPoints;
}
