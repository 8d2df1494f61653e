namespace ParentPartner.Training.Api.Domain;

public enum CertificationChange
{
    None,

    Certify,

    Lapse,

    Restore,
}
