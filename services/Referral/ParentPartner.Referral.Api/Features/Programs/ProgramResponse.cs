using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.Programs;

public sealed record ProgramResponse(string ProgramId, string Name, ProgramKind Kind, string TimeZone, bool AcceptingSelfReferrals, DateTimeOffset UpdatedAt)
{
    public static ProgramResponse From(ReferralProgram program) =>
        new(program.ProgramId, program.Name, program.Kind, program.TimeZone, program.AcceptingSelfReferrals, program.UpdatedAt);
}
