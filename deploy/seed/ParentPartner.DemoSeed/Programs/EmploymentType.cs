namespace ParentPartner.DemoSeed.Programs;

public enum EmploymentType
{
    Employee,
    Contractor,
    Volunteer,
}
