using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>Builds a received referral from validated intake parts, the same way for staff intake and the public form.</summary>
public static class ReferralIntake
{
    public static Domain.Referral NewReferral(
        string programId, ReferralSource source, ParentInput parent, ChildInput? child, CaseInput? @case, NeedsInput? needs, Consent consent, DateTimeOffset at)
    {
        return new Domain.Referral
        {
            Id = Guid.CreateVersion7(at),
            ProgramId = programId,
            Source = source,
            Status = ReferralStatus.Received,
            ReceivedAt = at,
            StatusChangedAt = at,
            Parent = new ParentContact
            {
                FirstName = parent.FirstName!.Trim(),
                LastName = parent.LastName!.Trim(),
                Email = Clean(parent.Email),
                Phone = Clean(parent.Phone),
                PreferredLanguages = [.. (parent.PreferredLanguages ?? []).Select(l => l!)],
                County = Clean(parent.County),
                AvailableEvenings = parent.Availability?.Evenings ?? false,
                AvailableWeekends = parent.Availability?.Weekends ?? false,
                FatherToFatherWanted = parent.FatherToFather ?? false,
                CulturalBackground = Clean(parent.CulturalBackground),
            },
            Child = new ChildDetails
            {
                Age = child?.Age,
                ConditionCategories = [.. (child?.ConditionCategories ?? []).Select(c => c!).Distinct()],
            },
            CaseStage = @case?.Stage,
            Needs = new IntakeNeeds
            {
                Challenges = Clean(needs?.Challenges),
                ReasonForSupport = Clean(needs?.ReasonForSupport),
                QualitiesHopedFor = [.. (needs?.QualitiesHopedFor ?? []).Select(q => q!).Distinct()],
                Preferences = Clean(needs?.Preferences),
                CulturalMatchWanted = needs?.CulturalMatch ?? false,
            },
            Consent = consent,
        };
    }

    /// <summary>Adds the referral with the first entry of its history and announces it.</summary>
    public static void Take(this ReferralDbContext db, Domain.Referral referral, string takenBy)
    {
        referral.CreatedBy = takenBy;
        referral.RecordIntake(takenBy);
        db.Referrals.Add(referral);
        db.PublishReceived(referral);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
