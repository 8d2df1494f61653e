namespace ParentPartner.ServiceDefaults.Auth;

/// <summary>Access for work with no caller (migrations, tools): every program.</summary>
public sealed class SystemProgramAccess : IProgramAccess
{
    public static readonly SystemProgramAccess Instance = new();

    public bool IsSystem => true;

    public IReadOnlySet<string> ProgramIds { get; } = new HashSet<string>();
}
