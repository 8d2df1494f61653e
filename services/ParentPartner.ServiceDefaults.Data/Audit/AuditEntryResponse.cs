namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>One entry of a family's trail: who, what (field names only), when, why, under which consent.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Sequence">Position in this service's hash chain (1, 2, …): gaps mean nothing, order does.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Actor">Who acted: the token subject, or the client id for a service calling on its own.</param>
/// <param name="ClientId">The OAuth client used (azp); null when the token named none.</param>
/// <param name="Action">What was done: read, update, erase, or a service's own verb (accept-offer).</param>
/// <param name="RecordType">The kind of record: referral, match, offer, support-parent, appointment, timesheet…</param>
/// <param name="RecordId">The record's id, as the service spells it.</param>
/// <param name="Fields">Names of the personal-data fields read or written; never their values.</param>
/// <param name="Purpose">Why: the X-Access-Purpose code sent, or the endpoint's own.</param>
/// <param name="Consent">The consent in force as the service knew it (e.g. the referral's consent scope), or null.</param>
/// <param name="CorrelationId">The request's correlation id, to find its traces; null when there was none.</param>
public sealed record AuditEntryResponse(Guid Id, long Sequence, DateTimeOffset At, string Actor, string? ClientId, string Action,
    string RecordType, string RecordId, IReadOnlyList<string> Fields, string Purpose, string? Consent, string? CorrelationId)
{
    public static AuditEntryResponse From(AuditEntry e) =>
        new(e.Id, e.Sequence, e.At, e.Actor, e.ClientId, e.Action, e.RecordType, e.RecordId, e.Fields, e.Purpose, e.Consent, e.CorrelationId);
}
