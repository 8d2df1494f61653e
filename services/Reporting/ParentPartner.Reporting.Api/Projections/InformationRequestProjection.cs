using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>Answered information requests onto <see cref="ReportedInformationRequest"/>: once per inquiry id, whatever the message id.</summary>
public static class InformationRequestProjection
{
    public static async Task RecordedAsync(ReportingDbContext db, InformationRequestRecorded message, CancellationToken cancellationToken)
    {
        var channel = Vocabulary.Kebab(message.Channel);
        var topics = Vocabulary.KebabAll(message.Topics).ToArray();
        var county = Vocabulary.County(message.County);
        var language = Vocabulary.Languages(message.Language is null ? [] : [message.Language]).FirstOrDefault();
        // The inquiry never changes once answered: a second copy (a publisher retry) is the same row.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_information_requests (program_id, inquiry_id, channel, topics, county, language, resources_sent, answered_on, recorded_at)
            VALUES ({message.ProgramId}, {message.InquiryId}, {channel}, {topics}, {county}, {language}, {message.ResourcesSent}, {message.AnsweredOn}, {message.RecordedAt.ToUniversalTime()})
            ON CONFLICT (program_id, inquiry_id) DO NOTHING
            """,
            cancellationToken);
    }
}
