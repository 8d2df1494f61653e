using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Testing;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>What tests need to see inside a hub instance (its database, with system access) and to drive its review API.</summary>
internal sealed class HubProbe(ServiceHost<AllianceHubDbContext> hub)
{
    /// <summary>Waits until the hub stored the report the state minted <paramref name="submissionId"/> for.</summary>
    public async Task<Submission> ArrivedAsync(Guid submissionId, TimeSpan? timeout = null)
    {
        await Eventually.UntilAsync(() => CountAsync(s => s.SubmissionId == submissionId), n => n > 0, timeout, $"submission {submissionId} to reach the hub");
        return (await RowsAsync(s => s.SubmissionId == submissionId)).Single();
    }

    public async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Submission, bool>> where)
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceHubDbContext>().Submissions.CountAsync(where);
    }

    public async Task<List<Submission>> RowsAsync(System.Linq.Expressions.Expression<Func<Submission, bool>> where)
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceHubDbContext>().Submissions.AsNoTracking().Where(where).ToListAsync();
    }

    /// <summary>The national record of one program year (published_figures).</summary>
    public async Task<List<PublishedFigure>> PublishedAsync(int year, string stateCode, string programId)
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceHubDbContext>().PublishedFigures.AsNoTracking()
            .Where(f => f.Year == year && f.StateCode == stateCode && f.ProgramId == programId).ToListAsync();
    }

    public async Task<int> InboxCountAsync(Guid messageId)
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceHubDbContext>().InboxRecords.CountAsync(r => r.MessageId == messageId);
    }

    public async Task<int> OutboxCountAsync()
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceHubDbContext>().OutboxMessages.CountAsync();
    }

    public static async Task<JsonElement> DecideAsync(HttpClient analyst, Guid id, string decision, string? comment = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await analyst.PostAsJsonAsync($"/api/alliance/submissions/{id}/decision", new { decision, comment });
        return expected == HttpStatusCode.OK
            ? await response.ReadJsonAsync()
            : await response.AssertProblemAsync(expected);
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync();
    }

    /// <summary>A figure cell of a national view: (value, status, suppressedParts).</summary>
    public static (int? Value, string Status, int SuppressedParts) Cell(JsonElement figures, string name)
    {
        var cell = figures.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);
        return (cell.GetProperty("value").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("value").GetInt32(),
            cell.GetProperty("status").GetString()!,
            cell.GetProperty("suppressedParts").GetInt32());
    }
}
