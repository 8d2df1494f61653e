using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api.Features.Common;

public static class Labels
{
    /// <summary>An enum value as people read it in a calendar or a reminder: court-hearing → "Court hearing".</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var words = KebabEnum.Name(value).Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
