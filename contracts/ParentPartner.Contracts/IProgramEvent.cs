namespace ParentPartner.Contracts;

/// <summary>
/// An event about one program's work: every consumer scopes it by <see cref="ProgramId"/> (tenancy), and reporting
/// files it under that program. Every contract in this assembly that belongs to a state program implements it.
/// </summary>
public interface IProgramEvent
{
    string ProgramId { get; }
}
