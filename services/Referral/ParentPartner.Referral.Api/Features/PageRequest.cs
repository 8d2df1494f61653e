using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features;

/// <summary>The page a list request asks for: a size in range and, after the first page, a cursor this service gave out.</summary>
public readonly record struct PageRequest(int Size, Cursor? After)
{
    public static FieldErrors Read(string? cursor, int? pageSize, out PageRequest page)
    {
        var errors = new FieldErrors();
        var size = PageSize.From(pageSize);
        if (size is null)
        {
            errors.Add("pageSize", $"must be between 1 and {PageSize.Max}.");
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
                errors.Add("cursor", "is not a cursor this list gave out.");
            }
        }
        page = new PageRequest(size ?? PageSize.Default, after);
        return errors;
    }
}
