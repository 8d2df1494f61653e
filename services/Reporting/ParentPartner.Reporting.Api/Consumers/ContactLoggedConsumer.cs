using ParentPartner.Contracts.Scheduling;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A contact logged or corrected: contacts and hours, first contact, contacts in the first weeks (the highest revision counts).</summary>
public sealed class ContactLoggedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ContactLoggedConsumer> logger)
    : LoggedConsumer<ContactLogged>(db, clock, logger);
