using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>What a change or cancellation of a recurring appointment's occurrence covers: ?scope=this (the default) or ?scope=following.</summary>
public enum SeriesScope
{
    This,
    Following,
}

public static class SeriesScopes
{
    /// <summary>The scope, or a 400 naming the parameter.</summary>
    public static IResult? TryRead(string? scope, out SeriesScope parsed)
    {
        parsed = scope switch
        {
            null or "this" => SeriesScope.This,
            "following" => SeriesScope.Following,
            _ => (SeriesScope)(-1),
        };
        return Enum.IsDefined(parsed) ? null : new FieldErrors().Add("scope", "must be this or following.").ToProblem();
    }
}
