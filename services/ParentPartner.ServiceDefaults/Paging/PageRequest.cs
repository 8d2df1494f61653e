using Microsoft.AspNetCore.Http;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Paging;

/// <summary>
/// The page a list asks for, the same two query parameters across the whole API: <c>?limit=</c> (1 to
/// <see cref="PageSize.Max"/>, default <see cref="PageSize.Default"/>) and <c>?cursor=</c> (the nextCursor a
/// previous page gave out).
/// </summary>
public readonly record struct PageRequest(int Size, Cursor? After)
{
    public const string LimitParameter = "limit";
    public const string CursorParameter = "cursor";

    /// <summary>The page, or a 400 problem naming the parameter that is wrong.</summary>
    public static IResult? TryRead(string? cursor, int? limit, out PageRequest page) =>
        Read(cursor, limit, out page) is { IsEmpty: false } errors ? errors.ToProblem() : null;

    /// <summary>The page, adding what is wrong to <paramref name="errors"/> (for lists with more filters to check).</summary>
    public static FieldErrors Read(string? cursor, int? limit, out PageRequest page, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        var size = PageSize.From(limit);
        if (size is null)
        {
            errors.Add(LimitParameter, $"must be between 1 and {PageSize.Max}.");
        }
        Cursor? after = null;
        if (cursor is not null)
        {
            if (Cursor.TryDecode(cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                errors.Add(CursorParameter, "is not a cursor this list gave out.");
            }
        }
        page = new PageRequest(size ?? PageSize.Default, after);
        return errors;
    }

    /// <summary>Rows to fetch: one more than the page holds, which only says whether there is a next page.</summary>
    public int Fetch => Size + 1;

    /// <summary>A page from rows fetched with <see cref="Fetch"/>: the extra row only sets the next cursor.</summary>
    public Page<TItem> ToPage<TRow, TItem>(IReadOnlyList<TRow> rows, Func<TRow, Cursor> cursorOf, Func<TRow, TItem> map) =>
        new([.. rows.Take(Size).Select(map)], rows.Count > Size ? cursorOf(rows[Size - 1]).Encode() : null);
}
