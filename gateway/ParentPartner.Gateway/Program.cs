using ParentPartner.Gateway.Docs;
using ParentPartner.Gateway.Health;
using ParentPartner.Gateway.Limits;
using ParentPartner.Gateway.Proxy;
using ParentPartner.Gateway.RateLimiting;
using ParentPartner.Gateway.Topology;
using ParentPartner.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("gateway");
builder.AddTopologyRoutes();
builder.AddGatewayRequestLimits();
builder.AddGatewayRateLimiting();
builder.AddDownstreamHealthChecks();
builder.AddGatewayProxy();

var app = builder.Build();

app.UseRequestSizeLimit();
app.UseServiceDefaults();
app.UseRateLimiter();
app.MapApiReference();
app.MapReverseProxy();

app.Run();
