using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Features.Common;

namespace ParentPartner.Matching.Api.Features.Matches;

/// <summary>Builds match details from the read model and writes one audit row per match whose family data is shown.</summary>
public static class MatchDetails
{
    public static async Task<List<MatchDetailResponse>> LoadAsync(
        MatchingDbContext db, IReadOnlyList<Match> matches, HttpContext http, DateTimeOffset now, string purpose, CancellationToken cancellationToken)
    {
        var referralIds = matches.Select(m => m.ReferralId).Distinct().ToList();
        var parentIds = matches.Select(m => m.SupportParentId).Distinct().ToList();
        var referrals = await db.Queue.AsNoTracking().Where(r => referralIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => referralIds.Contains(c.ReferralId)).ToDictionaryAsync(c => c.ReferralId, cancellationToken);
        var parents = await db.Pool.AsNoTracking().Where(p => parentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var details = new List<MatchDetailResponse>(matches.Count);
        foreach (var match in matches)
        {
            var referral = referrals.GetValueOrDefault(match.ReferralId);
            var contact = contacts.GetValueOrDefault(match.ReferralId);
            var erased = referral?.Erased ?? false;
            var active = match.EndedAt is null;
            // Reaching the family is for an active match; once it ends only the dates and the profile stay.
            var reach = active && contact is not null && !erased
                ? new MatchContact(contact.Phone, contact.Email, contact.PreferredContact, contact.ConsentScope)
                : null;
            var family = new MatchFamily(
                match.ReferralId,
                erased ? null : contact?.FirstName,
                reach,
                referral?.Languages ?? [],
                referral?.County,
                new MatchAvailability(referral?.AvailableEvenings ?? false, referral?.AvailableWeekends ?? false),
                new MatchIntakeFactors(referral?.ConditionCategories ?? [], referral?.CaseStage, referral?.ChildAge, referral?.FatherToFatherWanted ?? false,
                    referral?.CulturalBackground, referral?.QualitiesHopedFor ?? []),
                erased);
            var parent = parents.GetValueOrDefault(match.SupportParentId);
            details.Add(new MatchDetailResponse(
                match.Id, match.ProgramId, active ? "active" : "ended", match.ReadyAt, match.MadeAt, match.EndedAt, match.EndReason, family,
                new MatchSupportParent(match.SupportParentId, parent?.UserSubject, parent?.Languages ?? [], parent?.County, parent?.ActiveMatches ?? 0, parent?.MaxCaseload ?? 0)));
            if (!erased)
            {
                db.Record(http, now, match.ProgramId, match.ReferralId, "read-match", purpose,
                    reach is null ? Audit.MatchFamilyFields : [.. Audit.MatchFamilyFields, .. Audit.MatchContactFields], contact?.ConsentScope);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return details;
    }

    /// <summary>?status= on the match lists: active or ended (null: both).</summary>
    public static bool TryReadStatus(string? status, out bool? active)
    {
        active = status switch
        {
            null or "" => null,
            "active" => true,
            "ended" => false,
            _ => null,
        };
        return status is null or "" or "active" or "ended";
    }

    public static string StatusError => "must be one of: active, ended.";
}
