using ParentPartner.Reporting.Api;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("reporting");
builder.AddServiceDatabase<ReportingDbContext>();
builder.AddServiceMessaging<ReportingDbContext>();
builder.AddReporting();

var app = builder.Build();

app.UseServiceDefaults();
app.MapReportingEndpoints();

app.Run();
