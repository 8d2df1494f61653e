using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.Bench.Hub;

/// <summary>
/// A national history as the hub would hold it: every state and territory with one to three programs,
/// each reporting every year; about a fifth of the reports corrected by an accepted second revision, some
/// with a third still pending, a few rejected. Counts are spread so a quarter of them are small (suppressed).
/// </summary>
public static class NationalDataSet
{
    /// <summary>The national record the hub keeps for these submissions: each program year's highest accepted revision, published.</summary>
    public static List<PublishedFigure> Publish(IEnumerable<Submission> submissions)
    {
        var published = new List<PublishedFigure>();
        foreach (var latest in submissions.Where(s => s.Status == SubmissionStatus.Accepted)
                     .GroupBy(s => (s.StateCode, s.ProgramId, s.Year))
                     .Select(g => g.MaxBy(s => s.Revision)!))
        {
            latest.Publish(new List<PublishedFigure>(), published.Add, _ => { });
        }
        return published;
    }

    public static List<Submission> Generate(int firstYear, int years, int seed)
    {
        var random = new Random(seed);
        var submissions = new List<Submission>();
        foreach (var state in AnnualReportSubmitted.KnownStateCodes)
        {
            var programs = random.Next(1, 4);
            for (var p = 0; p < programs; p++)
            {
                var programId = $"{state.ToLowerInvariant()}-program-{p + 1}";
                var kind = p % 2 == 0 ? AnnualReportSubmitted.ParentToParent : AnnualReportSubmitted.ChildWelfare;
                for (var year = firstYear; year < firstYear + years; year++)
                {
                    var roll = random.NextDouble();
                    var revisions = roll < 0.20 ? 2 : 1;
                    for (var revision = 1; revision <= revisions; revision++)
                    {
                        submissions.Add(Report(state, programId, kind, year, revision, SubmissionStatus.Accepted, random));
                    }
                    if (roll > 0.95)
                    {
                        submissions.Add(Report(state, programId, kind, year, revisions + 1, SubmissionStatus.Pending, random));
                    }
                    else if (roll > 0.92)
                    {
                        submissions.Add(Report(state, programId, kind, year, revisions + 1, SubmissionStatus.Rejected, random));
                    }
                }
            }
        }
        return submissions;
    }

    private static Submission Report(string state, string programId, string kind, int year, int revision, SubmissionStatus status, Random random)
    {
        var at = new DateTimeOffset(year + 1, 1, 15, 12, 0, 0, TimeSpan.Zero).AddDays(revision * 20);
        return new Submission
        {
            Id = Guid.CreateVersion7(at),
            SubmissionId = Guid.NewGuid(),
            StateCode = state,
            ProgramId = programId,
            ProgramName = $"{state} program {programId}",
            ProgramKind = kind,
            Year = year,
            Revision = revision,
            SubmittedAt = at,
            ReceivedAt = at.AddMinutes(3),
            Status = status,
            AnsweredAt = status == SubmissionStatus.Pending ? null : at.AddDays(2),
            Problems = status == SubmissionStatus.Rejected ? ["figure 'matches-made' is missing (send 0 for none)."] : [],
            Figures = [.. ReportedFigure.Catalogue.Select(name =>
            {
                var count = random.Next(4) == 0 ? random.Next(0, 11) : random.Next(11, 2_000);
                var figure = ReportedFigure.Of(programId, name, count);
                return new SubmittedFigure { Name = name, Value = figure.Value, Suppressed = figure.Suppressed };
            })],
        };
    }
}
