using NodaTime;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>Rules an application must meet beyond its shape, and how it lands on the record.</summary>
public static class ProfileRules
{
    /// <summary>
    /// A child's birth year from 1900 to this year in the program's calendar. Outside that it is not a
    /// year of birth at all (a typo, an age typed as a year): a malformed field (400), not a broken rule.
    /// </summary>
    public static FieldErrors CheckChildBirthYear(SupportParentInput input, LocalDate today) =>
        new FieldErrors().Range("livedExperience.childBirthYear", input.LivedExperience?.ChildBirthYear, TextRules.EarliestDate.Year, today.Year, required: false);

    /// <summary>Dates of lived experience are in the past, in the program's calendar.</summary>
    public static FieldErrors Check(SupportParentInput input, LocalDate today)
    {
        var errors = new FieldErrors();
        if (input.LivedExperience?.ChildWelfareCase?.ResolvedOn is { } resolved && LocalDate.FromDateOnly(resolved) > today)
        {
            errors.Add("livedExperience.childWelfareCase.resolvedOn", "cannot be in the future.");
        }
        if (input.LivedExperience?.InRecoverySince is { } recovery && LocalDate.FromDateOnly(recovery) > today)
        {
            errors.Add("livedExperience.inRecoverySince", "cannot be in the future.");
        }
        return errors;
    }

    public static void CopyTo(this SupportParentInput input, SupportParent parent, int defaultMaxCaseload)
    {
        var experience = input.LivedExperience!;
        parent.UserSubject = input.UserSubject;
        parent.FirstName = input.FirstName!.Trim();
        parent.LastName = input.LastName!.Trim();
        parent.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        parent.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        parent.ConditionCategories = [.. (experience.ConditionCategories ?? []).Select(c => c!)];
        parent.ChildBirthYear = experience.ChildBirthYear;
        parent.CaseResolvedOn = experience.ChildWelfareCase?.ResolvedOn is { } resolved ? LocalDate.FromDateOnly(resolved) : null;
        parent.CaseExperience = [.. (experience.ChildWelfareCase?.Stages ?? []).Select(KebabEnum.Name)];
        parent.InRecoverySince = experience.InRecoverySince is { } recovery ? LocalDate.FromDateOnly(recovery) : null;
        parent.Languages = [.. input.Languages!.Select(l => l!)];
        parent.County = input.County!.Trim();
        parent.AvailableEvenings = input.Availability?.Evenings ?? false;
        parent.AvailableWeekends = input.Availability?.Weekends ?? false;
        parent.MaxCaseload = input.MaxCaseload ?? (parent.MaxCaseload > 0 ? parent.MaxCaseload : defaultMaxCaseload);
        parent.EmploymentType = input.EmploymentType!.Value;
        parent.FatherToFatherCapable = input.FatherToFatherCapable ?? false;
        parent.CulturalBackground = string.IsNullOrWhiteSpace(input.CulturalBackground) ? null : input.CulturalBackground.Trim();
    }
}
