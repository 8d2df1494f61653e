namespace ParentPartner.Training.Api.Domain;

/// <summary>How the program engages the support parent: employee, contractor or volunteer.</summary>
public enum EmploymentType
{
    Employee,
    Contractor,
    Volunteer,
}
