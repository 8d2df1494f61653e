using ParentPartner.Matching.Api;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("matching");
builder.AddServiceDatabase<MatchingDbContext>();
builder.AddServiceMessaging<MatchingDbContext>();
builder.AddMatching();

var app = builder.Build();

app.UseServiceDefaults();
app.MapMatchingEndpoints();

app.Run();
