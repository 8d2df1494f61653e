namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// One figure of the draft: the true <see cref="Count"/> (the program admin sees their own figures), what would
/// be sent (<see cref="Value"/>, null when suppressed), why it is suppressed ("primary": a count from 1 to 10;
/// "complementary": it would give a suppressed one away), and the last approved revision's figure.
/// </summary>
public sealed record DraftFigure(string Name, int Count, int? Value, bool Suppressed, string? Suppression, SubmittedFigure? Previous);
