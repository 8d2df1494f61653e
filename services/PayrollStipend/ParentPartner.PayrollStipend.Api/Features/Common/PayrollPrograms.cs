using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>A program's payroll settings and pay policy versions. Programs live in the identity provider; a first use stores the defaults.</summary>
public sealed class PayrollPrograms(PayrollStipendDbContext db, TimeProvider clock)
{
    private readonly Dictionary<string, List<PayPolicy>> _policies = new(StringComparer.Ordinal);

    public async Task<PayrollSettings> SettingsAsync(string programId, CancellationToken cancellationToken)
    {
        if (await db.Settings.FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken) is { } settings)
        {
            return settings;
        }
        var d = new PayrollSettings { ProgramId = programId };
        // A concurrent first use meets on the key; both then read the one row.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO payroll_settings (program_id, time_zone, frequency, period_anchor, pay_date_lag_days, unit_rounding, billing_code, hold_until_w9, last_invoice_number, updated_at)
            VALUES ({programId}, {d.TimeZone}, {d.Frequency.ToString()}, {d.PeriodAnchor}, {d.PayDateLagDays}, {d.UnitRounding.ToString()}, {d.BillingCode}, {d.HoldUntilW9}, 0, {clock.Now()})
            ON CONFLICT (program_id) DO NOTHING
            """,
            cancellationToken);
        return await db.Settings.FirstAsync(s => s.ProgramId == programId, cancellationToken);
    }

    /// <summary>The policy in effect on a day; before the program's first version, a zero-rate policy with the IRS mileage rate (version 0).</summary>
    public async Task<PayPolicy> PolicyOnAsync(string programId, DateOnly date, CancellationToken cancellationToken)
    {
        if (!_policies.TryGetValue(programId, out var versions))
        {
            _policies[programId] = versions = await db.Policies.AsNoTracking().Where(p => p.ProgramId == programId).ToListAsync(cancellationToken);
        }
        return PayPolicy.InEffect(versions, date) ?? new PayPolicy { ProgramId = programId, Version = 0, EffectiveFrom = DateOnly.MinValue };
    }
}
