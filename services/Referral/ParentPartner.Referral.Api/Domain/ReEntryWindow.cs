namespace ParentPartner.Referral.Api.Domain;

/// <summary>
/// Re-entry into care is followed for 24 months after reunification, in calendar months on the program's
/// calendar (a reunification on 31 March is followed to 31 March two years on; one on 29 February to 28 February).
/// </summary>
public static class ReEntryWindow
{
    public const int FirstMonths = 12;
    public const int FollowedMonths = 24;

    public static bool Within(DateOnly reunifiedOn, DateOnly enteredCareOn, int months) =>
        enteredCareOn >= reunifiedOn && enteredCareOn <= reunifiedOn.AddMonths(months);

    public static DateOnly LastFollowedDay(DateOnly reunifiedOn) => reunifiedOn.AddMonths(FollowedMonths);
}
