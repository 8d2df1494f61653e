namespace ParentPartner.DemoSeed.Payroll;

/// <summary>What the payroll seeder reads back (only the fields it uses).</summary>
public sealed record ListedPolicy(Guid Id);

public sealed record ListedTimesheet(Guid Id, string Status, decimal Total, bool SubmittedOnBehalf);
