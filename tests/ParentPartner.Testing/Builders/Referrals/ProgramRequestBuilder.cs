using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Referrals;

/// <summary>A program as referral registers it (PUT /api/referrals/programs/{id}): a P2P program with its form open by default.</summary>
public sealed class ProgramRequestBuilder
{
    private readonly JsonObject _body = new()
    {
        ["name"] = "Parent to Parent of Iowa",
        ["kind"] = "p2p",
        ["timeZone"] = "America/Chicago",
        ["acceptingSelfReferrals"] = true,
    };

    public ProgramRequestBuilder ChildWelfare() => With("kind", "child-welfare").With("name", "Parent Partners of Polk County");

    public ProgramRequestBuilder AcceptingSelfReferrals(bool accepting) => With("acceptingSelfReferrals", accepting);

    public ProgramRequestBuilder With(string field, JsonNode? value)
    {
        _body[field] = value;
        return this;
    }

    public JsonObject Build() => (JsonObject)_body.DeepClone();
}
