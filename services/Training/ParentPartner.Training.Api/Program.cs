using ParentPartner.Training.Api;
using ParentPartner.Training.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("training");
builder.AddServiceDatabase<TrainingDbContext>();
builder.AddServiceMessaging<TrainingDbContext>();

var app = builder.Build();

app.UseServiceDefaults();
app.MapTrainingEndpoints();

app.Run();
