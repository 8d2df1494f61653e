using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Common;

/// <summary>
/// Training's entries on the shared chained audit log (ADR 0009): staff reading or changing a support parent's
/// application and profile, recorded against the support parent (the id every service knows them by).
/// </summary>
public static class TrainingAudit
{
    public const string SupportParentRecord = "support-parent";

    /// <summary>The personal data a staff member sees in a support parent's record, named as on the wire.</summary>
    public static readonly string[] ProfileFields =
    [
        "firstName", "lastName", "email", "phone", "livedExperience", "languages", "county", "availability",
        "fatherToFatherCapable", "culturalBackground",
    ];

    public static readonly string[] SummaryFields = ["firstName", "lastName", "county", "languages"];

    public static void RecordRead(this TrainingDbContext db, HttpContext http, SupportParent parent, string[] fields) =>
        db.Audit(http, AuditRecording.Read, parent.ProgramId, SupportParentRecord, parent.Id, fields);

    /// <summary>An update, naming the columns it changed (as the change tracker saw them), never their values.</summary>
    public static void RecordUpdate(this TrainingDbContext db, HttpContext http, SupportParent parent)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.Entity == parent || (e.Metadata.IsOwned() && e.State == EntityState.Modified))
            .SelectMany(e => e.Properties
                .Where(p => p.IsModified && p.Metadata.Name != nameof(SupportParent.UpdatedAt))
                .Select(p => e.Entity == parent ? Wire(p.Metadata.Name) : $"{Wire(e.Metadata.FindOwnership()?.PrincipalToDependent?.Name ?? e.Metadata.ClrType.Name)}.{Wire(p.Metadata.Name)}"))
            .Distinct()
            .ToList();
        db.Audit(http, AuditRecording.Update, parent.ProgramId, SupportParentRecord, parent.Id, changed);
    }

    private static string Wire(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
