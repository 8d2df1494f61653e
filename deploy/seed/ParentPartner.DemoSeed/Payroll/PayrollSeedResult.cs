namespace ParentPartner.DemoSeed.Payroll;

/// <summary>What the payroll seeder did for one program: settings and a policy written (first run), timesheets submitted.</summary>
public sealed record PayrollSeedResult(int SettingsWritten, int Submitted, string Summary)
{
    public int Writes => SettingsWritten + Submitted;
}
