using ParentPartner.Contracts.Payroll;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A payment batch paid: hours and amounts per earnings code and employment type, once per payment id.</summary>
public sealed class PayrollPaidConsumer(ReportingDbContext db, TimeProvider clock, ILogger<PayrollPaidConsumer> logger)
    : LoggedConsumer<PayrollPaid>(db, clock, logger);
