using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Training.Api.Features;

/// <summary>Reads ?cursor= and ?limit= for a keyset-paged list.</summary>
public static class Paging
{
    public static IResult? TryRead(string? cursor, int? limit, out Cursor? after, out int size)
    {
        after = null;
        size = PageSize.From(limit) ?? 0;
        var errors = new FieldErrors();
        if (size == 0)
        {
            errors.Add("limit", $"must be between 1 and {PageSize.Max}.");
        }
        if (cursor is not null)
        {
            if (Cursor.TryDecode(cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                errors.Add("cursor", "is not a cursor this list gave out.");
            }
        }
        return errors.IsEmpty ? null : errors.ToProblem();
    }

    /// <summary>A page from rows fetched with one extra (size + 1): the extra row only says there is more.</summary>
    public static Page<TItem> ToPage<TRow, TItem>(IReadOnlyList<TRow> rows, int size, Func<TRow, Cursor> cursorOf, Func<TRow, TItem> map) =>
        new([.. rows.Take(size).Select(map)], rows.Count > size ? cursorOf(rows[size - 1]).Encode() : null);
}
