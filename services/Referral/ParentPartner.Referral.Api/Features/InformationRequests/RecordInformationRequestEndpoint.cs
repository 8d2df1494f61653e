using System.Security.Claims;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.InformationRequests;

public static class RecordInformationRequestEndpoint
{
    public static RouteHandlerBuilder MapRecordInformationRequest(this RouteGroupBuilder programGroup) =>
        programGroup.MapPost("/information-requests", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator))
            .WithValidation()
            .WithIdempotency<ReferralDbContext>()
            .WithName("RecordInformationRequest")
            .WithSummary("Record an answered request for information (a call, a web question, a walk-in, an event) in the program's tally")
            .WithDescription($"No personal data: channel, topic codes, county, language, whether resources were sent and the day. Counted by reporting beside information-only referrals. Honours {IdempotencyFilter.HeaderName}.")
            .Produces<InformationRequestResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, InformationRequestRequest request, ReferralDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        var today = await InformationRequestRules.TodayAsync(db, programId, now, cancellationToken);
        if (request.AnsweredOn > today)
        {
            return new FieldErrors().Add("answeredOn", $"is after today ({today:yyyy-MM-dd} on the program's calendar): record a request once it is answered.")
                .ToProblem(StatusCodes.Status422UnprocessableEntity, "An information request is recorded once it is answered.");
        }

        var inquiry = new InformationRequest
        {
            Id = Guid.CreateVersion7(now),
            ProgramId = programId,
            Channel = request.Channel!.Value,
            Topics = [.. request.Topics!.Select(t => t!).Distinct()],
            County = request.County?.Trim(),
            Language = request.Language,
            ResourcesSent = request.ResourcesSent!.Value,
            AnsweredOn = request.AnsweredOn!.Value,
            RecordedAt = now,
            RecordedBy = user.SubjectId(),
        };
        db.InformationRequests.Add(inquiry);
        db.PublishInformationRequest(inquiry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/programs/{programId}/information-requests/{inquiry.Id}", InformationRequestResponse.From(inquiry));
    }
}
