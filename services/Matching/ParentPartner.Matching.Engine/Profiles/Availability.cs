namespace ParentPartner.Matching.Engine.Profiles;

/// <summary>When a parent can meet or talk. Several may apply.</summary>
[Flags]
public enum Availability
{
    None = 0,
    WeekdayDaytime = 1,
    Evenings = 2,
    Weekends = 4,
}
