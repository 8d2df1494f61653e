namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>One invented support parent's application, and how far training takes them.</summary>
public sealed record DemoSupportParent(int Index, SupportParentApplication Body, TrainingPath Path)
{
    /// <summary>What the support-parent list shows of them, to find them again on a later run.</summary>
    public (string?, string?, string?) Key => (Body.FirstName, Body.LastName, Body.County);
}
