using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>What endpoints call to audit an act on personal data; the entry is saved (and chained) by the caller's SaveChanges.</summary>
public static class AuditRecording
{
    public const string Read = "read";
    public const string Update = "update";
    public const string Create = "create";
    public const string Erase = "erase";

    /// <summary>
    /// Records that the caller did <paramref name="action"/> on one record: <paramref name="fields"/> names the
    /// personal-data fields involved (names only). The purpose is the request's X-Access-Purpose
    /// (<see cref="AccessPurpose"/>) unless <paramref name="purpose"/> says otherwise.
    /// </summary>
    public static AuditEntry Audit(this ServiceDbContext db, HttpContext http, string action, string programId, string recordType, string recordId,
        IReadOnlyCollection<string> fields, string? consent = null, string? purpose = null, DateTimeOffset? at = null)
    {
        var when = at ?? (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).Now();
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(when),
            ProgramId = programId,
            At = when,
            Actor = http.User.SubjectId() ?? http.User.ClientId() ?? "unknown",
            ClientId = http.User.ClientId(),
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Fields = [.. fields],
            Purpose = purpose ?? AccessPurpose.Of(http),
            Consent = consent,
            CorrelationId = http.Items[CorrelationIdMiddleware.ItemKey] as string,
        };
        db.AuditLog.Add(entry);
        return entry;
    }

    public static AuditEntry Audit(this ServiceDbContext db, HttpContext http, string action, string programId, string recordType, Guid recordId,
        IReadOnlyCollection<string> fields, string? consent = null, string? purpose = null, DateTimeOffset? at = null) =>
        db.Audit(http, action, programId, recordType, recordId.ToString("D"), fields, consent, purpose, at);
}
