using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.FollowUp;
using ParentPartner.DemoSeed.Payroll;
using ParentPartner.DemoSeed.Programs;
using ParentPartner.DemoSeed.Referrals;
using ParentPartner.DemoSeed.Settings;
using ParentPartner.DemoSeed.SupportParents;
using ParentPartner.DemoSeed.Training;

namespace ParentPartner.DemoSeed;

/// <summary>
/// Seeds each demo program through the gateway, as its own people would: the admin sets the program up
/// in every service and runs training, the coordinator takes in and screens referrals. Both programs, and
/// each program's referrals and training, go side by side (each demo user has its own rate limit).
/// </summary>
public static class DemoSeeder
{
    public static async Task<SeedReport> RunAsync(SeedOptions options, TextWriter output, TextWriter errors)
    {
        var clock = Stopwatch.StartNew();
        output = TextWriter.Synchronized(output);
        errors = TextWriter.Synchronized(errors);
        using var identity = new IdentityClient(options.Identity);
        var results = await Task.WhenAll(Programs(options).Select(program => SeedAsync(program, identity, options, output, errors)));
        var report = new SeedReport(results, clock.Elapsed);
        output.WriteLine($"demo data: {report.Writes} writes in {report.Took.TotalSeconds:0.0} s");
        return report;
    }

    /// <summary>The demo programs, with the counts the options ask for.</summary>
    public static IReadOnlyList<DemoProgram> Programs(SeedOptions options) =>
        [.. DemoPrograms.All.Select(p => p with { Referrals = options.Referrals ?? p.Referrals, SupportParents = options.SupportParents ?? p.SupportParents })];

    /// <summary>Every request body a run would send to create referrals and support parents, as JSON lines.</summary>
    public static void Preview(SeedOptions options, TextWriter output)
    {
        var json = new JsonSerializerOptions(SeedJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var program in Programs(options))
        {
            foreach (var referral in ReferralSeeder.Invent(program, ReferralSeeder.Today()))
            {
                output.WriteLine(JsonSerializer.Serialize(new { referral.Body, referral.Screening }, json));
            }
            foreach (var parent in new SupportParentFaker(program).All(new ProgramCalendar(program.TimeZone).Today))
            {
                output.WriteLine(JsonSerializer.Serialize(new { program.ProgramId, parent.Body, parent.Path }, json));
            }
        }
    }

    private static async Task<ProgramSeedResult> SeedAsync(DemoProgram program, IdentityClient identity, SeedOptions options, TextWriter output, TextWriter errors)
    {
        var clock = Stopwatch.StartNew();
        void Say(string line) => output.WriteLine($"{program.ProgramId}: {line} ({clock.Elapsed.TotalSeconds:0.0} s)");

        SettingsSeedResult? settings = null;
        Task<ReferralSeedResult>? referrals = null;
        Task<(TrainingSeedResult Result, Guid? Linked)>? training = null;
        FollowUpSeedResult? followUp = null;
        PayrollSeedResult? payroll = null;
        try
        {
            using var admin = new GatewayClient(options.Gateway, await identity.TokenAsync(program.Admin), new RequestPacer(options.RequestsPerSecond));
            using var coordinator = new GatewayClient(options.Gateway, await identity.TokenAsync(program.Coordinator), new RequestPacer(options.RequestsPerSecond));
            var account = AccessTokens.Subject(await identity.TokenAsync(program.SupportParentAccount));

            // First, because referral needs the program's kind to screen and training its time zone to schedule.
            settings = await new ProgramSettingsSeeder(admin, program).SeedAsync();
            Say(settings.Summary);

            referrals = Report(new ReferralSeeder(coordinator, program, options.Concurrency).SeedAsync(), r => Say(r.Summary));
            training = Report(TrainAsync(admin, program, account, options.Concurrency), t => Say(t.Result.Summary));
            await Task.WhenAll(referrals, training);
            if (training.Result.Linked is { } linked)
            {
                using var partner = new GatewayClient(options.Gateway, await identity.TokenAsync(program.SupportParentAccount), new RequestPacer(options.RequestsPerSecond));
                // Paid programs set payroll up before any contact is logged, so every line has a rate to pay at.
                var payrollSeeder = program.Kind == ProgramKind.ChildWelfare ? new PayrollSeeder(admin, program) : null;
                var payrollSettings = payrollSeeder is null ? 0 : await payrollSeeder.SetUpAsync();
                followUp = await new FollowUpSeeder(coordinator, partner, program, linked, account).SeedAsync();
                Say(followUp.Summary);
                if (payrollSeeder is not null)
                {
                    payroll = await payrollSeeder.SubmitAsync(partner, coordinator, payrollSettings);
                    Say(payroll.Summary);
                }
            }
            return Result(null);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or InvalidOperationException or JsonException)
        {
            errors.WriteLine($"{program.ProgramId}: seeding failed: {error.Message}");
            return Result(error.Message);
        }

        ProgramSeedResult Result(string? error) => new(
            program.ProgramId,
            settings,
            referrals is { IsCompletedSuccessfully: true } ? referrals.Result : null,
            training is { IsCompletedSuccessfully: true } ? training.Result.Result : null,
            followUp,
            payroll,
            clock.Elapsed,
            error);
    }

    /// <summary>Trains the program's pool; <c>Linked</c> is the certified support parent the demo account is linked to.</summary>
    private static async Task<(TrainingSeedResult Result, Guid? Linked)> TrainAsync(GatewayClient admin, DemoProgram program, string account, int concurrency)
    {
        var demo = new SupportParentFaker(program).All(new ProgramCalendar(program.TimeZone).Today);
        var (parents, applied) = await new SupportParentSeeder(admin, program, account, concurrency).SeedAsync(demo);
        var result = await new TrainingSeeder(admin, program, concurrency).SeedAsync(parents, applied);
        var linked = SupportParentSeeder.Linked(demo) is { } person ? parents.FirstOrDefault(p => p.Demo == person)?.Id : null;
        return (result, linked);
    }

    private static async Task<T> Report<T>(Task<T> work, Action<T> say)
    {
        var result = await work;
        say(result);
        return result;
    }
}
