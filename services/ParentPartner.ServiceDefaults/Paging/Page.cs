namespace ParentPartner.ServiceDefaults.Paging;

/// <summary>One page of a list; <see cref="NextCursor"/> is null on the last page.</summary>
/// <param name="Items">This page's items, in the list's order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
