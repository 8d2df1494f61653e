using ParentPartner.PayrollStipend.Api;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("payroll-stipend");
builder.AddServiceDatabase<PayrollStipendDbContext>();
builder.AddServiceMessaging<PayrollStipendDbContext>();
builder.AddPayrollStipend();

var app = builder.Build();

app.UseServiceDefaults();
app.MapPayrollStipendEndpoints();

app.Run();
