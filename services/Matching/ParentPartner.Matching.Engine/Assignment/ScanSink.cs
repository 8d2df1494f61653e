using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>The first scan's sink: the referral's best candidates and, for each candidate, its best referrals.</summary>
internal struct ScanSink(int referral, TopSink row, ColumnHeaps? columns) : IRowSink
{
    private TopSink row = row;

    public readonly TopSink Row => row;

    public void Add(int candidate, int scoreHundredths)
    {
        row.Add(candidate, scoreHundredths);
        columns?.Add(candidate, referral, scoreHundredths);
    }
}
