namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>The summary as long-format CSV rows; figure names are the JSON names in kebab-case.</summary>
public static class ProgramSummaryCsv
{
    public static IEnumerable<SummaryCsvRow> Rows(ProgramSummaryResponse s)
    {
        yield return Total("referrals-received", s.ReferralsReceived);
        foreach (var row in Breakdown("referrals-by-source", s.ReferralsBySource)) yield return row;
        foreach (var row in Breakdown("referrals-by-status", s.ReferralsByStatus)) yield return row;
        yield return Total("information-requests", s.InformationRequests);
        foreach (var row in Breakdown("information-requests-by-topic", s.InformationRequestsByTopic)) yield return row;
        yield return Total("information-only-referrals", s.InformationOnlyReferrals);
        yield return Total("inquiries", s.Inquiries);
        yield return Total("inquiries-resources-sent", s.InquiriesResourcesSent);
        foreach (var row in Breakdown("inquiries-by-channel", s.InquiriesByChannel)) yield return row;
        foreach (var row in Breakdown("inquiries-by-topic", s.InquiriesByTopic)) yield return row;
        foreach (var row in Breakdown("inquiries-by-language", s.InquiriesByLanguage)) yield return row;
        foreach (var row in Breakdown("inquiries-by-county", s.InquiriesByCounty)) yield return row;
        yield return Total("matches-made", s.MatchesMade);
        yield return Total("matches-active", s.MatchesActive);
        yield return Total("matches-ended", s.MatchesEnded);
        foreach (var row in Breakdown("matches-ended-by-reason", s.MatchesEndedByReason)) yield return row;
        yield return new SummaryCsvRow("outcomes", "reunified", s.Outcomes.Reunified);
        yield return new SummaryCsvRow("outcomes", "re-entry-within-12-months", s.Outcomes.ReEntryWithin12Months);
        yield return new SummaryCsvRow("outcomes", "re-entry-within-24-months", s.Outcomes.ReEntryWithin24Months);
        yield return new SummaryCsvRow("outcomes", "followed-for-12-months", s.Outcomes.FollowedFor12Months);
        yield return new SummaryCsvRow("outcomes", "followed-for-24-months", s.Outcomes.FollowedFor24Months);
        yield return Total("offers-made", s.OffersMade);
        yield return Total("offers-declined", s.OffersDeclined);
        foreach (var row in Breakdown("offers-declined-by-reason", s.OffersDeclinedByReason)) yield return row;
        yield return Total("offers-expired", s.OffersExpired);
        yield return Total("trainings-completed", s.TrainingsCompleted);
        yield return Total("training-hours", s.TrainingHours);
        yield return Total("support-parents-certified", s.SupportParentsCertified);
        yield return Total("support-parents-newly-certified", s.SupportParentsNewlyCertified);
    }

    private static SummaryCsvRow Total(string figure, decimal value) => new(figure, "", value);

    private static IEnumerable<SummaryCsvRow> Breakdown(string figure, IReadOnlyDictionary<string, int> counts) =>
        counts.Select(c => new SummaryCsvRow(figure, c.Key, c.Value));
}
