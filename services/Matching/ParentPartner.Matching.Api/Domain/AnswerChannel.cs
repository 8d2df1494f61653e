namespace ParentPartner.Matching.Api.Domain;

/// <summary>How a support parent's answer reached matching: in the app themselves, or told to a coordinator who recorded it.</summary>
public enum AnswerChannel
{
    App,
    Phone,
    Text,
    Email,
    InPerson,
}
