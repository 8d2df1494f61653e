namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>The kind of program a match belongs to, which decides its follow-up plan; on the wire p2p or child-welfare.</summary>
public enum MatchProgramKind
{
    /// <summary>Parent to Parent: a trained volunteer support parent, contacts in the first weeks.</summary>
    P2p,

    /// <summary>Child-welfare parent partner: paid, face-to-face visits and hours each month.</summary>
    ChildWelfare,
}
