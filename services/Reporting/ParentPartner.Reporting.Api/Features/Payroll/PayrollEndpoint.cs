using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.Payroll;

public static class PayrollEndpoint
{
    public static RouteHandlerBuilder MapPayroll(this RouteGroupBuilder group) =>
        group.MapPeriodReport("payroll", "GetPayroll",
            "Paid payroll month by month (the month of the payment date) for the months a period touches: payments, payees per batch, paid hours and amounts per earnings code and per employment type, total amount",
            PayrollQuery.RunAsync,
            PayrollCsv.Rows);
}
