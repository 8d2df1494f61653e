namespace ParentPartner.DemoSeed.Settings;

public sealed record SettingsSeedResult(int Written, string Summary);
