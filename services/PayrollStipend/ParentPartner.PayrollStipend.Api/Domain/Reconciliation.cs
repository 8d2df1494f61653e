namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// What to book for a source whose earlier lines are already approved: per earnings code, what the source should
/// pay now minus what was booked, so approved lines stay as they were and the difference lands later.
/// </summary>
public static class Reconciliation
{
    public static IReadOnlyList<LineDraft> Delta(IReadOnlyList<LineDraft> desired, IReadOnlyList<LineDraft> booked)
    {
        var codes = desired.Select(d => d.Code).Concat(booked.Select(b => b.Code)).Distinct();
        var lines = new List<LineDraft>();
        foreach (var code in codes)
        {
            var want = desired.Where(d => d.Code == code).ToList();
            var had = booked.Where(b => b.Code == code).ToList();
            var amount = want.Sum(d => d.Amount) - had.Sum(b => b.Amount);
            var quantity = want.Sum(d => d.Quantity) - had.Sum(b => b.Quantity);
            if (amount == 0 && quantity == 0)
            {
                continue;
            }
            var model = want.FirstOrDefault() ?? had[0];
            lines.Add(model with { Quantity = quantity, Amount = amount, Minutes = want.Sum(d => d.Minutes) - had.Sum(b => b.Minutes) });
        }
        return lines;
    }
}
