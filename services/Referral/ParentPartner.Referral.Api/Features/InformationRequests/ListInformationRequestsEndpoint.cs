using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Referral.Api.Features.InformationRequests;

public static class ListInformationRequestsEndpoint
{
    public static RouteHandlerBuilder MapListInformationRequests(this RouteGroupBuilder programGroup) =>
        programGroup.MapGet("/information-requests", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("ListInformationRequests")
            .WithSummary("The program's recorded information requests, newest first; filter by channel and by the days answered (answeredFrom, answeredTo as yyyy-MM-dd)")
            .Produces<Page<InformationRequestResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId, string? channel, DateOnly? answeredFrom, DateOnly? answeredTo, string? cursor, int? pageSize,
        ReferralDbContext db, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, pageSize, out var page);
        InquiryChannel? channelFilter = null;
        if (channel is not null)
        {
            if (KebabEnum.TryParse<InquiryChannel>(channel, out var parsed))
            {
                channelFilter = parsed;
            }
            else
            {
                errors.Add("channel", $"is not a channel ({string.Join(", ", Enum.GetValues<InquiryChannel>().Select(KebabEnum.Name))}).");
            }
        }
        if (answeredFrom is { } from && answeredTo is { } to && to < from)
        {
            errors.Add("answeredTo", "must not be before answeredFrom.");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var query = db.InformationRequests.AsNoTracking().Where(r => r.ProgramId == programId);
        if (channelFilter is { } wanted)
        {
            query = query.Where(r => r.Channel == wanted);
        }
        if (answeredFrom is { } first)
        {
            query = query.Where(r => r.AnsweredOn >= first);
        }
        if (answeredTo is { } last)
        {
            query = query.Where(r => r.AnsweredOn <= last);
        }
        if (page.After is { } after)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.RecordedAt, r.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).Take(page.Size + 1).ToListAsync(cancellationToken);
        var next = rows.Count > page.Size ? new Cursor(rows[page.Size - 1].RecordedAt, rows[page.Size - 1].Id).Encode() : null;
        return TypedResults.Ok(new Page<InformationRequestResponse>([.. rows.Take(page.Size).Select(InformationRequestResponse.From)], next));
    }
}
