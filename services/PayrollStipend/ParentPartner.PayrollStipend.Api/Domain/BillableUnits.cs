namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>15-minute units of peer support (e.g. HCPCS H0038) for one contact's minutes.</summary>
public static class BillableUnits
{
    public const int UnitMinutes = 15;

    public static int For(int minutes, UnitRounding rounding) => minutes <= 0 ? 0 : rounding switch
    {
        UnitRounding.Up => (minutes + UnitMinutes - 1) / UnitMinutes,
        UnitRounding.Down => minutes / UnitMinutes,
        _ => (minutes + 7) / UnitMinutes,
    };
}
