namespace ParentPartner.ServiceDefaults.Paging;

public static class PageSize
{
    public const int Default = 50;
    public const int Max = 200;

    /// <summary>The requested page size, or null when it is out of range (a 400 for the caller).</summary>
    public static int? From(int? requested) => requested switch
    {
        null => Default,
        >= 1 and <= Max => requested,
        _ => null,
    };
}
