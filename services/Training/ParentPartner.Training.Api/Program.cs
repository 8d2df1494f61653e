using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;
using ParentPartner.Training.Api;
using ParentPartner.Training.Api.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("training");
builder.AddServiceDatabase<TrainingDbContext>();
builder.AddServiceMessaging<TrainingDbContext>();
builder.AddTraining();

var app = builder.Build();

app.UseServiceDefaults();
app.MapTrainingEndpoints();

app.Run();
