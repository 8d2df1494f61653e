using ParentPartner.AllianceHub.Api;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("alliance-hub");
builder.AddServiceDatabase<AllianceHubDbContext>();
builder.AddServiceMessaging<AllianceHubDbContext>();
builder.AddAllianceHub();

var app = builder.Build();

app.UseServiceDefaults();
app.MapAllianceHubEndpoints();

app.Run();
