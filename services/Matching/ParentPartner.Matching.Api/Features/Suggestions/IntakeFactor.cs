namespace ParentPartner.Matching.Api.Features.Suggestions;

/// <summary>One intake factor of the referral and how matching uses it, so the coordinator sees every one.</summary>
/// <param name="Factor">child-age, condition-categories, case-stage, languages, father-to-father, county, availability, cultural-background, quality, preferences.</param>
/// <param name="Value">The code or value matching holds (a quality's tag, a language list); null for a free-text factor matching does not hold.</param>
/// <param name="Treatment">hard (a constraint), scored (a score term, named in Term), recorded-not-scored, or not-given.</param>
/// <param name="Term">The score term it feeds, when scored.</param>
/// <param name="Explanation">What matching did with it, in a coordinator's words.</param>
public sealed record IntakeFactor(string Factor, string? Value, string Treatment, string? Term, string Explanation);
