namespace ParentPartner.Matching.Engine.Assignment;

public sealed record AssignedPair(Guid ReferralId, Guid SupportParentId, int ScoreHundredths)
{
    public decimal Score => ScoreHundredths / 100m;
}
