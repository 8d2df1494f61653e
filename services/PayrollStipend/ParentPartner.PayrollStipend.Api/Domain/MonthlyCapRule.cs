using System.Security.Cryptography;
using System.Text;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// The policy's monthly cap as a rule: a person's earnings dated in one calendar month (the program's dates) are
/// paid up to the cap of the policy in effect on the month's first day, and the excess is taken off by one
/// negative monthly-cap line. Earnings are every line whose code <see cref="PayRules.IsEarnings"/> (hours,
/// stipends, manual adjustments) except the cap's own lines; mileage is a reimbursement and is never capped.
/// </summary>
public static class MonthlyCapRule
{
    private static readonly Guid Namespace = new("5f0f7a1e-2c51-4d0b-9a53-0c6d1b7f5a21");

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>What must be taken off: earnings above the cap, never less than zero; nothing without a cap.</summary>
    public static decimal Excess(decimal? cap, decimal earnings) => cap is { } c && earnings > c ? earnings - c : 0m;

    /// <summary>
    /// The cap's source id for one person and month, the same on every recomputation (a name-based UUID, RFC 9562
    /// version 5), so the ledger finds the lines it placed before and books only the difference.
    /// </summary>
    public static Guid SourceId(Guid supportParentId, DateOnly month)
    {
        var name = Encoding.UTF8.GetBytes($"monthly-cap/{supportParentId:D}/{month:yyyy-MM}");
        var hash = SHA1.HashData([.. Namespace.ToByteArray(bigEndian: true), .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
