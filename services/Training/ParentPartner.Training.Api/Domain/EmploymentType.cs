namespace ParentPartner.Training.Api.Domain;

public enum EmploymentType
{
    Employee,
    Contractor,
    Volunteer,
}
