using NodaTime;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Training.Api.Domain;

/// <summary>A course in a program's catalogue. Retired courses stay for transcripts but are no longer required.</summary>
public sealed class Course : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    /// <summary>Stable kebab-case code, unique in the program (e.g. mandatory-reporting).</summary>
    public required string Code { get; init; }

    public required string Title { get; set; }

    public CourseKind Kind { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Program-local date it was added: a supplemental course added later falls due from this day, not from certification.</summary>
    public LocalDate AddedOn { get; init; }

    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsRetired => RetiredAt is not null;
}
