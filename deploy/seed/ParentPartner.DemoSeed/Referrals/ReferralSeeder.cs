using System.Text.Json;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

/// <summary>Takes in a program's demo referrals, unless its summary shows it already has some.</summary>
public sealed class ReferralSeeder(GatewayClient gateway, DemoProgram program)
{
    private const int Concurrency = 4;

    public async Task<string> SeedAsync()
    {
        var summary = await gateway.GetAsync($"api/reports/programs/{program.ProgramId}/summary");
        var existing = summary.TryGetProperty("referralsReceived", out var received) ? received.GetInt32() : 0;
        if (existing > 0)
        {
            return $"{program.ProgramId}: already has {existing} referrals, skipped";
        }

        var faker = new ReferralFaker(program);
        var today = Today();
        var referrals = Enumerable.Range(0, program.Referrals).Select(i => (Index: i, Body: faker.Next(today))).ToList();
        await Parallel.ForEachAsync(referrals, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (referral, _) =>
            await gateway.PostAsync("api/referrals", referral.Body, $"demo-seed-{program.ProgramId}-{referral.Index}"));

        var bySource = referrals.GroupBy(r => r.Body.Source).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        return $"{program.ProgramId}: {referrals.Count} referrals submitted ({string.Join(", ", bySource)})";
    }

    private static DateTimeOffset Today() => new(DateTime.UtcNow.Date, TimeSpan.Zero);

    /// <summary>Every program's referrals as JSON lines, as they would be posted.</summary>
    public static void Preview(IEnumerable<DemoProgram> programs, TextWriter output)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var program in programs)
        {
            var faker = new ReferralFaker(program);
            for (var i = 0; i < program.Referrals; i++)
            {
                output.WriteLine(JsonSerializer.Serialize(faker.Next(Today()), json));
            }
        }
    }
}
