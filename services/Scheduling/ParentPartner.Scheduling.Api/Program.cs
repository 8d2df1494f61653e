using ParentPartner.Scheduling.Api;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("scheduling");
builder.AddServiceDatabase<SchedulingDbContext>();
builder.AddServiceMessaging<SchedulingDbContext>();
builder.AddScheduling();

var app = builder.Build();

app.UseServiceDefaults();
app.MapSchedulingEndpoints();

app.Run();
