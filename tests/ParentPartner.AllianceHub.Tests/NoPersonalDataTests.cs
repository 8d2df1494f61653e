using System.Reflection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Consumers;
using ParentPartner.AllianceHub.Api.Data;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>
/// The hub holds no personal data at all: every column of its database and every field of every message
/// it accepts is on these allow-lists of aggregate and bookkeeping fields. A new field fails here until
/// someone decides, in review, that it is not about a person.
/// </summary>
public sealed class NoPersonalDataTests
{
    private static readonly Dictionary<string, string[]> AllowedColumns = new()
    {
        ["submissions"] =
        [
            "id", "submission_id", "state_code", "program_id", "program_name", "program_kind", "year", "revision",
            "submitted_at", "received_at", "status", "problems", "comment", "answered_at", "xmin", "figures",
        ],
        // Inside submissions.figures (jsonb).
        ["submissions.figures"] = ["name", "value", "suppressed"],
        ["published_figures"] = ["year", "state_code", "program_id", "name", "value", "suppressed", "revision", "submission_id"],
        ["outbox_messages"] = ["id", "message_type", "body", "trace_parent", "created_at", "next_attempt_at", "sent_at", "attempts", "last_error"],
        ["inbox_messages"] = ["message_id", "consumer", "processed_at"],
        ["idempotency_keys"] = ["caller", "key", "request_hash", "status_code", "response_body", "location", "created_at"],
    };

    private static readonly HashSet<string> AllowedMessageFields =
    [
        // AnnualReportSubmitted
        "SubmissionId", "StateCode", "ProgramId", "ProgramName", "ProgramKind", "Year", "Revision", "SubmittedAt", "Figures",
        // ReportedFigure
        "Name", "Value", "Suppressed",
        // AnnualReportAnswered (the hub consumes its own answers to route them to their state)
        "Decision", "Comment", "AnsweredAt",
    ];

    [Fact]
    public void Every_column_of_the_hub_database_is_on_the_allow_list()
    {
        using var db = new AllianceHubDesignTimeFactory().CreateDbContext([]);
        var columns = new Dictionary<string, List<string>>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var key = entity.IsMappedToJson()
                ? $"{entity.FindOwnership()!.PrincipalEntityType.GetTableName()}.{entity.GetContainerColumnName()}"
                : entity.GetTableName()!;
            var names = entity.IsMappedToJson()
                ? entity.GetProperties().Select(p => p.GetJsonPropertyName()).OfType<string>()
                : entity.GetProperties().Select(p => p.GetColumnName()).Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).Select(n => n.TargetEntityType.GetContainerColumnName()!));
            columns.TryAdd(key, []);
            columns[key].AddRange(names);
        }

        Assert.Equal(AllowedColumns.Keys.Order(), columns.Keys.Order());
        foreach (var (table, names) in columns)
        {
            Assert.All(names, name => Assert.True(AllowedColumns[table].Contains(name), $"{table}.{name} is not on the allow-list: is it about a person?"));
        }
    }

    [Fact]
    public void Every_field_of_every_message_the_hub_accepts_is_on_the_allow_list()
    {
        var consumed = typeof(AnnualReportSubmittedConsumer).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();
        Assert.NotEmpty(consumed);

        foreach (var message in consumed)
        {
            foreach (var (path, property) in Fields(message, message.Name))
            {
                Assert.True(AllowedMessageFields.Contains(property.Name), $"{path} is not on the allow-list: is it about a person?");
            }
        }
    }

    // Every property, and the properties of the contract records it holds (a list of figures).
    private static IEnumerable<(string Path, PropertyInfo Property)> Fields(Type type, string path)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            yield return ($"{path}.{property.Name}", property);
            var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            if (inner.Namespace?.StartsWith("ParentPartner.Contracts", StringComparison.Ordinal) == true && inner != type)
            {
                foreach (var nested in Fields(inner, $"{path}.{property.Name}[]"))
                {
                    yield return nested;
                }
            }
        }
    }
}
