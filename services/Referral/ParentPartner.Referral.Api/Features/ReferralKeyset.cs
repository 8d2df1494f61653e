using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Referral.Api.Features;

/// <summary>Keyset paging over referrals by (received at, id): a row value comparison, stable under inserts.</summary>
public static class ReferralKeyset
{
    public static IQueryable<Domain.Referral> OldestFirst(this IQueryable<Domain.Referral> referrals, Cursor? after) =>
        (after is { } cursor
            ? referrals.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.ReceivedAt, r.Id), ValueTuple.Create(cursor.At, cursor.Id)))
            : referrals)
        .OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id);

    public static IQueryable<Domain.Referral> NewestFirst(this IQueryable<Domain.Referral> referrals, Cursor? after) =>
        (after is { } cursor
            ? referrals.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.ReceivedAt, r.Id), ValueTuple.Create(cursor.At, cursor.Id)))
            : referrals)
        .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id);

    /// <summary>Takes one more row than the page to know whether there is a next page.</summary>
    public static Page<TItem> ToPage<TItem>(this IReadOnlyList<Domain.Referral> rows, int size, Func<Domain.Referral, TItem> map) =>
        new([.. rows.Take(size).Select(map)], rows.Count > size ? new Cursor(rows[size - 1].ReceivedAt, rows[size - 1].Id).Encode() : null);
}
