using ParentPartner.Referral.Api;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("referral");
builder.AddServiceDatabase<ReferralDbContext>();
builder.AddServiceMessaging<ReferralDbContext>();
builder.AddReferrals();

var app = builder.Build();

app.UseServiceDefaults();
app.MapReferralEndpoints();

app.Run();
