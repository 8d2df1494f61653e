namespace ParentPartner.Referral.Api.Domain;

/// <summary>How a request for information reached the program (kebab-case on the wire: walk-in).</summary>
public enum InquiryChannel
{
    Phone,
    Web,
    WalkIn,
    Event,
    Other,
}
