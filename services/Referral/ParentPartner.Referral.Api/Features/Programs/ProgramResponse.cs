using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.Programs;

/// <summary>A program as referral knows it.</summary>
/// <param name="ProgramId">The program's id (kebab-case, e.g. "ia-parent-partner").</param>
/// <param name="Name">The program's display name.</param>
/// <param name="Kind">The kind of program.</param>
/// <param name="TimeZone">The program's IANA time zone; days (answeredOn, enteredCareOn) follow its calendar.</param>
/// <param name="AcceptingSelfReferrals">Whether the public self-referral form accepts families for it.</param>
/// <param name="UpdatedAt">When the program was last changed.</param>
public sealed record ProgramResponse(string ProgramId, string Name, ProgramKind Kind, string TimeZone, bool AcceptingSelfReferrals, DateTimeOffset UpdatedAt)
{
    public static ProgramResponse From(ReferralProgram program) =>
        new(program.ProgramId, program.Name, program.Kind, program.TimeZone, program.AcceptingSelfReferrals, program.UpdatedAt);
}
