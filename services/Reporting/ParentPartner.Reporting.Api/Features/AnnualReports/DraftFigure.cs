namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// One figure of the draft: the true <see cref="Count"/> (the program admin sees their own figures), what would
/// be sent (<see cref="Value"/>, null when suppressed), why it is suppressed ("primary": a count from 1 to 10;
/// "complementary": it would give a suppressed one away), and the last approved revision's figure.
/// </summary>
/// <param name="Name">The catalogue figure's name (kebab-case).</param>
/// <param name="Count">The true count.</param>
/// <param name="Value">What would be sent; null when suppressed.</param>
/// <param name="Suppressed">Whether it is withheld.</param>
/// <param name="Suppression">primary (a count from 1 to 10) or complementary (it would give a suppressed one away); null when sent.</param>
/// <param name="Previous">The figure in the last approved revision; null when none.</param>
public sealed record DraftFigure(string Name, int Count, int? Value, bool Suppressed, string? Suppression, SubmittedFigure? Previous);
