namespace ParentPartner.ServiceDefaults.Auth;

/// <summary>
/// Which programs the current unit of work may touch. A request sees the programs in its token; work
/// with no caller (a consumer, a sweep) is system work and sees every program.
/// </summary>
public interface IProgramAccess
{
    bool IsSystem { get; }

    IReadOnlySet<string> ProgramIds { get; }

    bool CanAccess(string programId) => IsSystem || ProgramIds.Contains(programId);
}
