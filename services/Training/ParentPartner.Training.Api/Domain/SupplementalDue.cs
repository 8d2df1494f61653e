using NodaTime;

namespace ParentPartner.Training.Api.Domain;

/// <summary>One supplemental course for a certified support parent: due on <see cref="DueOn"/>, overdue from the day after.</summary>
public sealed record SupplementalDue(Course Course, LocalDate DueOn, bool Completed, bool Overdue);
