using ParentPartner.Contracts.Alliance;

namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>
/// An annual report as a state's reporting service would submit it: valid by default (every catalogue
/// figure, outcomes within matches, no published count from 1 to 10). <see cref="WithCount"/> suppresses
/// small counts as the state must; <see cref="WithRawFigure"/> and <see cref="With"/> break the rules on purpose.
/// </summary>
public sealed class AnnualReportSubmittedBuilder(string stateCode, string programId)
{
    private readonly Dictionary<string, ReportedFigure?> _figures = ReportedFigure.Catalogue.ToDictionary(
        name => name,
        name => (ReportedFigure?)ReportedFigure.Of(programId, name, Defaults[name]));

    private readonly List<ReportedFigure> _extra = [];
    private readonly List<Func<AnnualReportSubmitted, AnnualReportSubmitted>> _changes = [];
    private int _year = DateTime.UtcNow.Year - 1;
    private int _revision = 1;
    private Guid _submissionId = Guid.NewGuid();
    private string _kind = AnnualReportSubmitted.ParentToParent;

    /// <summary>Plausible counts for a mid-sized program; the outcomes add up to 67 of 120 matches.</summary>
    public static IReadOnlyDictionary<string, int> Defaults { get; } = new Dictionary<string, int>
    {
        [ReportedFigure.ReferralsReceived] = 240,
        [ReportedFigure.InformationRequests] = 900,
        [ReportedFigure.MatchesMade] = 120,
        [ReportedFigure.MatchesActiveAtYearEnd] = 80,
        [ReportedFigure.SupportParentsActive] = 45,
        [ReportedFigure.TrainingsCompleted] = 30,
        [ReportedFigure.OutcomeGoalsMet] = 40,
        [ReportedFigure.OutcomeFamilyWithdrew] = 12,
        [ReportedFigure.OutcomeReunified] = 0,
        [ReportedFigure.OutcomeCaseClosed] = 15,
        [ReportedFigure.OutcomeOther] = 0,
    };

    public string StateCode => stateCode;

    public string ProgramId => programId;

    public AnnualReportSubmittedBuilder ForYear(int year)
    {
        _year = year;
        return this;
    }

    /// <summary>The next revision of the same report: a new SubmissionId, as the state mints one per revision.</summary>
    public AnnualReportSubmittedBuilder AsRevision(int revision)
    {
        _revision = revision;
        _submissionId = Guid.NewGuid();
        return this;
    }

    public AnnualReportSubmittedBuilder OfKind(string kind)
    {
        _kind = kind;
        return this;
    }

    /// <summary>A true count, published as the state must: suppressed when from 1 to 10.</summary>
    public AnnualReportSubmittedBuilder WithCount(string figure, int count)
    {
        _figures[figure] = ReportedFigure.Of(programId, figure, count);
        return this;
    }

    /// <summary>Every figure at once (true counts, suppressed as the state must).</summary>
    public AnnualReportSubmittedBuilder WithCounts(IReadOnlyDictionary<string, int> counts)
    {
        foreach (var (figure, count) in counts)
        {
            WithCount(figure, count);
        }
        return this;
    }

    /// <summary>A figure exactly as given, suppression rules or not (for reports the hub must reject).</summary>
    public AnnualReportSubmittedBuilder WithRawFigure(string name, int? value, bool suppressed, string? figureProgramId = null)
    {
        var figure = new ReportedFigure { ProgramId = figureProgramId ?? programId, Name = name, Value = value, Suppressed = suppressed };
        if (_figures.ContainsKey(name))
        {
            _figures[name] = figure;
        }
        else
        {
            _extra.Add(figure);
        }
        return this;
    }

    public AnnualReportSubmittedBuilder WithoutFigure(string name)
    {
        _figures[name] = null;
        return this;
    }

    /// <summary>Any other change, e.g. <c>r =&gt; r with { StateCode = "ZZ" }</c>.</summary>
    public AnnualReportSubmittedBuilder With(Func<AnnualReportSubmitted, AnnualReportSubmitted> change)
    {
        _changes.Add(change);
        return this;
    }

    public AnnualReportSubmitted Build()
    {
        var report = new AnnualReportSubmitted
        {
            SubmissionId = _submissionId,
            StateCode = stateCode,
            ProgramId = programId,
            ProgramName = $"{stateCode} Parent to Parent ({programId})",
            ProgramKind = _kind,
            Year = _year,
            Revision = _revision,
            SubmittedAt = new DateTimeOffset(Math.Min(_year + 1, DateTime.UtcNow.Year), 1, 20, 15, 0, 0, TimeSpan.Zero),
            Figures = [.. _figures.Values.OfType<ReportedFigure>(), .. _extra],
        };
        return _changes.Aggregate(report, (current, change) => change(current));
    }
}
