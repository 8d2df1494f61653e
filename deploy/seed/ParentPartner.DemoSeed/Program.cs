// Seeds each demo program through the gateway, as its coordinator would: one line per program.
// Usage: ParentPartner.DemoSeed [--gateway URL] [--identity URL] [--dry-run]   (or PP_GATEWAY_URL / PP_IDENTITY_URL)
using ParentPartner.DemoSeed;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;
using ParentPartner.DemoSeed.Referrals;

var options = SeedOptions.Parse(args);
if (options.DryRun)
{
    ReferralSeeder.Preview(DemoPrograms.All, Console.Out);
    return 0;
}

using var identity = new IdentityClient(options.Identity);
var failed = false;
foreach (var program in DemoPrograms.All)
{
    try
    {
        using var gateway = new GatewayClient(options.Gateway, await identity.TokenAsync(program.Coordinator));
        Console.WriteLine(await new ReferralSeeder(gateway, program).SeedAsync());
    }
    catch (Exception error) when (error is HttpRequestException or TaskCanceledException or InvalidOperationException)
    {
        failed = true;
        Console.Error.WriteLine($"{program.ProgramId}: seeding failed: {error.Message}");
    }
}
return failed ? 1 : 0;
