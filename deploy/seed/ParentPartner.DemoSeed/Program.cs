// Demo data for `./pp up`, through the gateway with the demo users' own tokens: program settings in every
// service, referrals taken in and screened, support parents trained and certified (so matching has a pool).
// Usage: ParentPartner.DemoSeed [--gateway URL] [--identity URL] [--referrals N] [--support-parents N]
//                               [--requests-per-second N] [--dry-run]      (or PP_GATEWAY_URL / PP_IDENTITY_URL)
using ParentPartner.DemoSeed;

var options = SeedOptions.Parse(args);
if (options.DryRun)
{
    DemoSeeder.Preview(options, Console.Out);
    return 0;
}

var report = await DemoSeeder.RunAsync(options, Console.Out, Console.Error);
return report.Failed ? 1 : 0;
