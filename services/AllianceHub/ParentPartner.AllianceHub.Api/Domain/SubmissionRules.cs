using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>
/// The hub's checks on a state's annual report. A report that cannot even be keyed (no usable state code
/// or program id) is unusable; any other failure makes it a rejected submission, answered "returned" with
/// these reasons. Messages name fields and figures, never echo free text beyond a short clip.
/// </summary>
public static class SubmissionRules
{
    public const int FirstYear = 2000;

    /// <summary>The natural key, or why the report cannot be stored at all.</summary>
    public static bool TryKey(AnnualReportSubmitted message, out SubmissionKey key, out string why)
    {
        key = default;
        if (AnnualReportSubmitted.NormaliseStateCode(message.StateCode) is not { } state)
        {
            why = "stateCode is not a two-letter code";
            return false;
        }
        if (string.IsNullOrWhiteSpace(message.ProgramId) || message.ProgramId.Length > Submission.ProgramIdLength)
        {
            why = $"programId is missing or longer than {Submission.ProgramIdLength} characters";
            return false;
        }
        key = new SubmissionKey(state, message.ProgramId, message.Year, message.Revision);
        why = "";
        return true;
    }

    public static IReadOnlyList<string> Check(AnnualReportSubmitted message, DateTimeOffset now)
    {
        var problems = new List<string>();
        var state = AnnualReportSubmitted.NormaliseStateCode(message.StateCode);
        if (state is null || !AnnualReportSubmitted.KnownStateCodes.Contains(state))
        {
            problems.Add($"stateCode '{Clip(message.StateCode)}' is not a US state, DC or territory code.");
        }
        if (message.SubmissionId == Guid.Empty)
        {
            problems.Add("submissionId is missing.");
        }
        if (string.IsNullOrWhiteSpace(message.ProgramName))
        {
            problems.Add("programName is missing.");
        }
        else if (message.ProgramName.Length > Submission.ProgramNameLength)
        {
            problems.Add($"programName is longer than {Submission.ProgramNameLength} characters.");
        }
        if (message.ProgramKind is not (AnnualReportSubmitted.ParentToParent or AnnualReportSubmitted.ChildWelfare))
        {
            problems.Add($"programKind must be '{AnnualReportSubmitted.ParentToParent}' or '{AnnualReportSubmitted.ChildWelfare}'.");
        }
        if (message.Year < FirstYear || message.Year > now.Year)
        {
            problems.Add($"year {message.Year} is outside {FirstYear}–{now.Year}.");
        }
        if (message.Revision < 1)
        {
            problems.Add("revision must be 1 or more.");
        }
        if (message.SubmittedAt > now.AddDays(1))
        {
            problems.Add("submittedAt is in the future.");
        }
        else if (message.Year is >= 1 and <= 9999 && message.SubmittedAt < new DateTimeOffset(message.Year, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-1))
        {
            problems.Add("submittedAt is before the reported year began.");
        }
        CheckFigures(message, problems);
        return problems;
    }

    private static void CheckFigures(AnnualReportSubmitted message, List<string> problems)
    {
        if (message.Figures is null || message.Figures.Count == 0)
        {
            problems.Add("figures are missing.");
            return;
        }
        if (message.Figures.Count > Submission.MaxFigures)
        {
            problems.Add($"more than {Submission.MaxFigures} figures.");
            return;
        }

        var figures = new Dictionary<string, ReportedFigure>(StringComparer.Ordinal);
        var valid = true;
        foreach (var figure in message.Figures)
        {
            if (figure is null || !ReportedFigure.Catalogue.Contains(figure.Name))
            {
                problems.Add($"figure '{Clip(figure?.Name)}' is not in the national catalogue.");
                valid = false;
                continue;
            }
            if (!figures.TryAdd(figure.Name, figure))
            {
                problems.Add($"figure '{figure.Name}' appears more than once.");
                valid = false;
                continue;
            }
            if (figure.ProgramId != message.ProgramId)
            {
                problems.Add($"figure '{figure.Name}' belongs to another program.");
                valid = false;
            }
            if (figure.Suppressed && figure.Value is not null)
            {
                problems.Add($"figure '{figure.Name}' is marked suppressed but carries a value.");
                valid = false;
            }
            else if (!figure.Suppressed && figure.Value is null)
            {
                problems.Add($"figure '{figure.Name}' has no value and is not marked suppressed.");
                valid = false;
            }
            else if (figure.Value < 0)
            {
                problems.Add($"figure '{figure.Name}' is negative.");
                valid = false;
            }
            else if (figure.Value is >= 1 and <= ReportedFigure.SmallCellLimit)
            {
                problems.Add($"figure '{figure.Name}' publishes a count from 1 to {ReportedFigure.SmallCellLimit}: small cells must be suppressed.");
                valid = false;
            }
        }
        foreach (var missing in ReportedFigure.Catalogue.Where(name => !figures.ContainsKey(name)))
        {
            problems.Add($"figure '{missing}' is missing (send 0 for none).");
            valid = false;
        }
        if (valid)
        {
            CheckConsistency(figures, problems);
        }
    }

    // A suppressed count lies between 1 and the small-cell limit; the checks use those bounds, so a
    // report is only refused when no suppressed values could make it consistent.
    private static void CheckConsistency(Dictionary<string, ReportedFigure> figures, List<string> problems)
    {
        static int Low(ReportedFigure f) => f.Suppressed ? 1 : f.Value!.Value;
        static int High(ReportedFigure f) => f.Suppressed ? ReportedFigure.SmallCellLimit : f.Value!.Value;

        var outcomes = ReportedFigure.Outcomes.Sum(name => (long)Low(figures[name]));
        if (outcomes > High(figures[ReportedFigure.MatchesMade]))
        {
            problems.Add("the outcome figures add up to more than matches-made.");
        }
        if (Low(figures[ReportedFigure.MatchesActiveAtYearEnd]) > 0 && High(figures[ReportedFigure.SupportParentsActive]) == 0)
        {
            problems.Add("matches are active at year end but no support parent is active.");
        }
    }

    private static string Clip(string? value) => value is null ? "null" : value.Length <= 40 ? value : value[..40] + "…";
}
