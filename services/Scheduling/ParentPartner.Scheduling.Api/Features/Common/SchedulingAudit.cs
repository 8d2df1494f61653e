using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults.Audit;

namespace ParentPartner.Scheduling.Api.Features.Common;

/// <summary>
/// Scheduling's entries on the shared chained audit log (ADR 0009): reads of a family's appointment or contact,
/// recorded against the family (its referral id, through the match) so one id reads the family's trail in every
/// service; an appointment with no match is recorded against itself.
/// </summary>
public static class SchedulingAudit
{
    public static readonly string[] AppointmentFields = ["address", "phone", "videoLink", "familyName"];

    public static readonly string[] ContactFields = ["notes", "revisions.reason"];

    public static async Task RecordReadAsync(this SchedulingDbContext db, HttpContext http, string programId, Guid? matchId, string ownType, Guid ownId,
        string[] fields, CancellationToken cancellationToken)
    {
        var referralId = matchId is { } match
            ? await db.Matches.AsNoTracking().Where(m => m.MatchId == match).Select(m => (Guid?)m.ReferralId).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (referralId is { } family)
        {
            db.Audit(http, AuditRecording.Read, programId, "referral", family, [.. fields.Select(f => $"{ownType}.{f}")]);
        }
        else
        {
            db.Audit(http, AuditRecording.Read, programId, ownType, ownId, fields);
        }
    }
}
