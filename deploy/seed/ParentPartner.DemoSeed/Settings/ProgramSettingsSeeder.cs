using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Settings;

/// <summary>
/// Registers the program with every service that keeps per-program settings, as its admin would. Only
/// settings nobody has saved yet are written: a re-run (every `pp up`) leaves an admin's changes alone.
/// The four services are independent, so they are set up side by side (their first requests are slow).
/// </summary>
public sealed class ProgramSettingsSeeder(GatewayClient admin, DemoProgram program)
{
    private const int TargetHours = 48;
    private const int OfferExpiryHours = 72;

    private string Id => program.ProgramId;

    public async Task<SettingsSeedResult> SeedAsync()
    {
        var outcomes = await Task.WhenAll(
            SetAsync("referral program", ReferralAsync),
            SetAsync("training settings", TrainingAsync),
            SetAsync("matching weights", MatchingAsync),
            SetAsync("reporting settings", ReportingAsync));
        var written = outcomes.Where(o => o.Written).Select(o => o.What).ToList();
        var kept = outcomes.Where(o => !o.Written).Select(o => o.What).ToList();
        var saved = written.Count == 0 ? "nothing saved" : $"saved {string.Join(", ", written)}";
        return new SettingsSeedResult(written.Count, $"settings: {saved}" + (kept.Count == 0 ? "" : $"; already set: {string.Join(", ", kept)}"));
    }

    private static async Task<(string What, bool Written)> SetAsync(string what, Func<Task<bool>> set) => (what, await set());

    /// <summary>Referral needs the program's kind before a referral can be ready for matching.</summary>
    private async Task<bool> ReferralAsync()
    {
        if (await admin.FindAsync<ReferralProgramRequest>($"api/referrals/programs/{Id}") is not null)
        {
            return false;
        }
        await admin.PutAsync<ReferralProgramRequest>($"api/referrals/programs/{Id}",
            new ReferralProgramRequest(program.Name, program.Kind, program.TimeZone, AcceptingSelfReferrals: true));
        return true;
    }

    /// <summary>Training creates a program's settings with its defaults on first use, so "never saved" reads as "still the defaults".</summary>
    private async Task<bool> TrainingAsync()
    {
        var current = await admin.GetAsync<TrainingSettings>($"api/training/programs/{Id}/settings");
        var wanted = TrainingSettings.Defaults with { TimeZone = program.TimeZone, DefaultMaxCaseload = program.DefaultMaxCaseload };
        if (current != TrainingSettings.Defaults || wanted == current)
        {
            return false;
        }
        await admin.PutAsync<TrainingSettings>($"api/training/programs/{Id}/settings", wanted);
        return true;
    }

    private async Task<bool> MatchingAsync()
    {
        if ((await admin.GetAsync<SavedSettings>($"api/matching/programs/{Id}/settings")).UpdatedAt is not null)
        {
            return false;
        }
        await admin.PutAsync<SavedSettings>($"api/matching/programs/{Id}/settings",
            new MatchingSettingsRequest(program.MatchingWeights, OfferExpiryHours, TargetHours));
        return true;
    }

    private async Task<bool> ReportingAsync()
    {
        if ((await admin.GetAsync<SavedSettings>($"api/reports/programs/{Id}/settings")).Configured == true)
        {
            return false;
        }
        await admin.PutAsync<SavedSettings>($"api/reports/programs/{Id}/settings",
            new ReportingSettingsRequest(program.StateCode, program.Name, program.Kind, TargetHours));
        return true;
    }
}
