using System.Net;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.FollowUp;

/// <summary>
/// The life after a match, for the program's demo support-parent account: the coordinator offers them two waiting
/// families and they accept (so scheduling makes the follow-up plans), the coordinator books a court hearing, a family
/// team meeting and a weekly support group for them, they log a first call, and they get a calendar feed. Two more
/// families are matched with support parents who have no login, their answers recorded by the coordinator by phone,
/// and one of those matches has already ended. A second run finds the account's matches and writes nothing.
/// </summary>
public sealed class FollowUpSeeder(GatewayClient coordinator, GatewayClient partner, DemoProgram program, Guid supportParentId, string partnerSubject)
{
    private const int WantedMatches = 2;

    private string Id => program.ProgramId;

    public async Task<FollowUpSeedResult> SeedAsync()
    {
        var week = await partner.GetAsync<ScheduledWeek>("api/scheduling/me/week");
        // A second run: the account already has its matches.
        var matches = 0;
        var recorded = 0;
        var appointments = 0;
        var contacts = 0;
        if (week.Matches.Count == 0)
        {
            var made = await MatchAsync(supportParentId, partner, new { });
            recorded = await RecordForOthersAsync();
            matches = made.Count;
            foreach (var (match, index) in made.Select((m, i) => (m, i)))
            {
                await WaitForPlanAsync(match);
                appointments += await BookAsync(match, index);
                contacts += await LogFirstCallAsync(match, index);
            }
        }
        // The secret URL is shown only when a feed is made: a later run leaves the existing one working.
        var feeds = await partner.GetAsync<List<ListedFeed>>($"api/scheduling/programs/{Id}/calendar-feeds");
        var feed = feeds.Any(f => f.RevokedAt is null)
            ? null
            : await partner.PostAsync<CalendarFeed>($"api/scheduling/programs/{Id}/calendar-feeds", new { }, $"{Id}-feed");
        return new FollowUpSeedResult(matches, recorded, appointments, contacts, feed?.WebcalUrl,
            $"{matches} matches for {program.SupportParentAccount} with {appointments} appointments and {contacts} contacts, "
            + $"{recorded} answered by phone for support parents without a login (one ended); "
            + (feed is null ? "calendar feed already made" : $"calendar feed {feed.WebcalUrl}"));
    }

    /// <summary>Two other certified support parents accept by phone through the coordinator; the second match has ended.</summary>
    private async Task<int> RecordForOthersAsync()
    {
        var pool = await coordinator.GetAsync<List<PoolMember>>($"api/matching/programs/{Id}/pool");
        var recorded = new List<Guid>();
        foreach (var member in pool.Where(m => m.Certified && m.RemainingCapacity > 0 && m.SupportParentId != supportParentId).Take(2))
        {
            recorded.AddRange(await MatchAsync(member.SupportParentId, coordinator, new { channel = "phone" }, wanted: 1));
        }
        if (recorded.Count == 2)
        {
            var reason = program.Kind == ProgramKind.ChildWelfare ? "reunified" : "goals-met";
            await coordinator.PostAsync<object>($"api/matching/matches/{recorded[1]}/end", new { reason }, $"{Id}-{recorded[1]}-end");
        }
        return recorded.Count;
    }

    // Certification reaches matching's pool through an event: until it has, an offer is refused (422) and tried again.
    private async Task<List<Guid>> MatchAsync(Guid candidate, GatewayClient answering, object answer, int wanted = WantedMatches)
    {
        var made = new List<Guid>();
        for (var attempt = 0; attempt < 30 && made.Count < wanted; attempt++)
        {
            var queue = await coordinator.GetAsync<MatchingQueue>($"api/matching/programs/{Id}/queue");
            foreach (var referral in queue.Items.Where(r => !r.HasOpenOffer).Take(20))
            {
                var offer = await coordinator.PostAsync<CreatedOffer>($"api/matching/referrals/{referral.ReferralId}/offers",
                    new { supportParentId = candidate }, $"{Id}-offer", HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict);
                if (offer is null)
                {
                    continue;
                }
                var match = await answering.PostAsync<AcceptedMatch>($"api/matching/offers/{offer.OfferId}/acceptance", answer, $"{Id}-accept", HttpStatusCode.Conflict);
                if (match is not null)
                {
                    made.Add(match.MatchId);
                }
                if (made.Count == wanted)
                {
                    break;
                }
            }
            if (made.Count < wanted)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
        return made;
    }

    private async Task WaitForPlanAsync(Guid matchId)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await partner.FindAsync<object>($"api/scheduling/programs/{Id}/matches/{matchId}/plan") is not null)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        throw new InvalidOperationException($"scheduling made no follow-up plan for match {matchId} within a minute");
    }

    private async Task<int> BookAsync(Guid matchId, int index)
    {
        var today = new ProgramCalendar(program.TimeZone).Today;
        string At(int days, string time) => $"{today.AddDays(days):yyyy-MM-dd}T{time}";
        object Appointment(string kind, string starts, string ends, string address, object? repeat = null) => new
        {
            kind, timeZone = program.TimeZone, startsLocal = starts, endsLocal = ends, place = "in-person", address,
            supportParentSubject = partnerSubject, familyName = index == 0 ? "Maria" : "J.T.", matchId, confirmOverlap = true, repeat,
        };
        var bookings = new List<object>
        {
            Appointment("court-hearing", At(2 + index, "09:00"), At(2 + index, "10:30"), "Polk County Courthouse, 500 Mulberry St, Des Moines"),
            Appointment("family-team-meeting", At(4 + index, "14:00"), At(4 + index, "15:30"), "HHS Service Center, 1914 Carpenter Ave, Des Moines"),
        };
        if (index == 0)
        {
            bookings.Add(Appointment("support-group", At(1, "18:00"), At(1, "19:30"), "Family Resource Center, 1200 University Ave, Des Moines", new { count = 8 }));
        }
        var booked = 0;
        foreach (var (body, n) in bookings.Select((b, n) => (b, n)))
        {
            booked += await coordinator.PostAsync<WeekAppointment>($"api/scheduling/programs/{Id}/appointments", body, $"{Id}-{matchId}-appointment-{n}") is null ? 0 : 1;
        }
        return booked;
    }

    // The match was made a moment ago: the first call is now (contacts cannot be in the future or before the match).
    private async Task<int> LogFirstCallAsync(Guid matchId, int index)
    {
        var call = new { kind = "phone", mode = "phone", startedAt = DateTimeOffset.UtcNow, minutes = 15 + 10 * index, miles = 0 };
        return await partner.PostAsync<object>($"api/scheduling/programs/{Id}/matches/{matchId}/contacts", call, $"{Id}-{matchId}-first-call") is null ? 0 : 1;
    }
}
