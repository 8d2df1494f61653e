using NodaTime;

namespace ParentPartner.Training.Api.Domain;

/// <summary>Whether an applicant may be certified yet, from which day, and why, in words a coordinator can read out.</summary>
public sealed record Eligibility(bool IsEligible, LocalDate EligibleOn, string Reason);
