using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Dapr;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>
/// Sends through the sidecar's output binding (POST /v1.0/bindings/{name}, operation create; deploy/dapr/components/
/// reminders.yaml). The payload carries the recipient's account subject, not a phone number or address: the
/// binding's deployment maps subjects to where they are reached. The reminder id travels as metadata so the far
/// end can drop a repeat after a crash between sending and recording it.
/// </summary>
public sealed class DaprReminderChannel(HttpClient http, IOptions<ReminderOptions> options) : IReminderChannel
{
    public string Name => "dapr";

    public async Task SendAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.DaprHttpEndpoint!.TrimEnd('/')}/v1.0/bindings/{settings.Binding}")
        {
            Content = JsonContent.Create(new
            {
                operation = "create",
                data = new { reminderId = reminder.Id, kind = KebabEnum.Name(reminder.Kind), targetId = reminder.TargetId, recipient = reminder.RecipientSubject, programId = reminder.ProgramId, text = reminder.Text },
                metadata = new Dictionary<string, string> { ["reminderId"] = reminder.Id.ToString(), ["subject"] = "ParentPartner reminder" },
            }),
        };
        if (!string.IsNullOrEmpty(settings.DaprApiToken))
        {
            request.Headers.Add(DaprCronBinding.TokenHeader, settings.DaprApiToken);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
