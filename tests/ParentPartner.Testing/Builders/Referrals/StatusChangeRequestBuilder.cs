using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Referrals;

/// <summary>A screening decision (POST /api/referrals/{id}/status-changes) with what each kind needs.</summary>
public static class StatusChangeRequestBuilder
{
    public static JsonObject To(string status) => status switch
    {
        "withdrawn" => new JsonObject { ["status"] = status, ["reason"] = "family-declined", ["note"] = "Family found support through church." },
        "information-only" => new JsonObject { ["status"] = status, ["informationGiven"] = new JsonArray("support-groups", "diagnosis-resources"), ["note"] = "Sent the autism resource packet." },
        _ => new JsonObject { ["status"] = status, ["note"] = $"Screening call: {status}." },
    };
}
