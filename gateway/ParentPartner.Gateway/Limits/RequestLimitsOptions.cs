namespace ParentPartner.Gateway.Limits;

/// <summary>Section "Gateway:Limits".</summary>
public sealed class RequestLimitsOptions
{
    /// <summary>Largest request body the gateway forwards; intake forms are a few KB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
