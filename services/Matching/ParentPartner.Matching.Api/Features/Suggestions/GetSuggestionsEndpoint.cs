using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Suggestions;

public static class GetSuggestionsEndpoint
{
    public const int MaxK = 50;

    public static RouteHandlerBuilder MapGetSuggestions(this RouteGroupBuilder group) =>
        group.MapGet("/referrals/{referralId:guid}/suggestions", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatchSuggestions")
            .WithSummary("The best k support parents for a referral, each score explained term by term, and how many candidates each hard constraint ruled out")
            .Produces<SuggestionsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid referralId, int? k, MatchingDbContext db, OfferService offers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = k ?? 5;
        if (count is < 1 or > MaxK)
        {
            return new FieldErrors().Add("k", $"must be between 1 and {MaxK}.").ToProblem();
        }
        if (await db.Queue.AsNoTracking().FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }
        // Suggestions are for a family still waiting: a matched, withdrawn or erased referral has nothing to suggest.
        if (referral.Erased || referral.Status is QueueStatus.Matched or QueueStatus.Withdrawn)
        {
            return Problem.Conflict(referral.Erased
                ? "The family's consent was revoked and its matching profile erased; there is nothing to match."
                : referral.Status == QueueStatus.Matched
                    ? "The referral is already matched; see its match instead."
                    : "The referral was withdrawn from matching.");
        }

        var settings = await offers.SettingsAsync(referral.ProgramId, cancellationToken);
        var pool = await offers.PoolAsync(referral.ProgramId, cancellationToken);
        var exclusions = await offers.ExclusionsAsync(referral.ProgramId, cancellationToken);
        var now = clock.GetUtcNow();
        var result = settings.Engine().Suggest(referral.ToProfile(), pool.Select(m => m.ToProfile(now)), exclusions.ToPairSet(), count);
        return TypedResults.Ok(new SuggestionsResponse(
            referral.Id,
            [.. result.Suggestions.Select(s => new Suggestion(s.Rank, s.SupportParentId, s.Score,
                [.. s.Breakdown.Terms.Select(t => new SuggestionTerm(t.Term, t.Applies, t.Weight, t.Value, t.Points, t.Explanation))]))],
            result.EligibleCount,
            result.ExcludedCount,
            result.ExcludedByReason.ToDictionary(r => KebabEnum.Name(r.Key), r => r.Value),
            IntakeFactors.Of(referral, settings)));
    }
}
