using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>
/// The chain's hash: SHA-256 over a canonical serialisation of the entry and the previous hash. Every part is
/// written as <c>{UTF-8 byte length}:{text}</c> (null as <c>-</c>), so no value can be shifted into its neighbour,
/// and the format is simple enough that PostgreSQL computes the same hash (<see cref="AuditSql"/>): the migration
/// that copied the pre-chain rows in did exactly that.
/// </summary>
public static class AuditHash
{
    public static string Compute(AuditEntry entry)
    {
        var text = new StringBuilder();
        Part(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Part(text, entry.Id.ToString("D"));
        Part(text, entry.ProgramId);
        Part(text, UnixMicroseconds(entry.At).ToString(CultureInfo.InvariantCulture));
        Part(text, entry.Actor);
        Part(text, entry.ClientId);
        Part(text, entry.Action);
        Part(text, entry.RecordType);
        Part(text, entry.RecordId);
        Part(text, entry.Fields.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var field in entry.Fields)
        {
            Part(text, field);
        }
        Part(text, entry.Purpose);
        Part(text, entry.Consent);
        Part(text, entry.CorrelationId);
        Part(text, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // PostgreSQL keeps microseconds: the hash covers what a later read returns.
    private static long UnixMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    private static void Part(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append('-');
            return;
        }
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
