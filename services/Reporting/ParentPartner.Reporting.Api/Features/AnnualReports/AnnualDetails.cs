using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// The program's own detail of an annual report, shown to its admin and never sent: the national catalogue has one
/// information-request figure (<see cref="InformationRequests"/>: information-only referrals plus the anonymous
/// tally) and no re-entry figure (the hub refuses figures outside its catalogue), so the breakdown and the
/// re-entry outcomes stay in the state.
/// </summary>
/// <param name="InformationRequests">The one catalogue figure: information-only referrals plus the anonymous tally.</param>
/// <param name="InformationOnlyReferrals">Referrals closed as information only.</param>
/// <param name="Inquiries">The anonymous information-request tally.</param>
/// <param name="Outcomes">Re-entry outcomes of reunified families.</param>
public sealed record AnnualDetails(int InformationRequests, int InformationOnlyReferrals, InquiryTally Inquiries, MatchOutcomes Outcomes);
