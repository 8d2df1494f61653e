using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Testing;

namespace ParentPartner.Matching.Tests;

/// <summary>
/// Child age nearness: training sends the year of birth of the support parent's child, matching reckons
/// the age when it scores and compares it with the family's child (6 in the referral builder).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChildAgeTests(Platform platform)
{
    private const int FamilysChildAge = 6;

    private readonly MatchingDriver driver = new(platform);

    [Fact]
    public async Task A_support_parent_whose_child_is_nearer_in_age_scores_more_on_the_child_age_term()
    {
        var language = MatchingDriver.UniqueLanguage();
        var thisYear = platform.Clock.GetUtcNow().Year;
        var nearer = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithConditions("autism").WithChildBornIn(thisYear - FamilysChildAge - 1));
        var farther = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithConditions("autism").WithChildBornIn(thisYear - FamilysChildAge - 4));
        var notTold = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithConditions("autism"));
        var referralId = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.WithConditions("autism"));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, nearer.SupportParentId, farther.SupportParentId, notTold.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId);

        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        var suggestions = await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions?k=5")).ReadJsonAsync();

        var list = suggestions.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(3, list.Count);
        var nearerAge = ChildAgeTerm(list, nearer.SupportParentId);
        var fartherAge = ChildAgeTerm(list, farther.SupportParentId);
        Assert.True(nearerAge.GetProperty("applies").GetBoolean());
        Assert.True(nearerAge.GetProperty("points").GetDecimal() > 0);
        Assert.True(fartherAge.GetProperty("points").GetDecimal() > 0);
        Assert.True(nearerAge.GetProperty("points").GetDecimal() > fartherAge.GetProperty("points").GetDecimal(), "a nearer age scores higher");
        Assert.Equal(nearer.SupportParentId, list[0].GetProperty("supportParentId").GetGuid());
        Assert.True(list[0].GetProperty("score").GetDecimal() > Score(list, farther.SupportParentId));
        Assert.False(ChildAgeTerm(list, notTold.SupportParentId).GetProperty("applies").GetBoolean());
    }

    [Fact]
    public async Task The_pool_keeps_the_birth_year_from_certification_and_profile_changes()
    {
        var language = MatchingDriver.UniqueLanguage();
        var thisYear = platform.Clock.GetUtcNow().Year;
        var certified = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithChildBornIn(thisYear - 12));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, certified.SupportParentId);

        var stored = await driver.InDbAsync(db => db.Pool.AsNoTracking().SingleAsync(m => m.Id == certified.SupportParentId));
        Assert.Equal(thisYear - 12, stored.ChildBirthYear);
        Assert.Equal(12, stored.ToProfile(platform.Clock.GetUtcNow()).ChildAge);

        await driver.PublishAsync(new SupportParentProfileChanged
        {
            SupportParentId = certified.SupportParentId, ProgramId = TestUsers.ProgramA, ChangedAt = certified.CertifiedAt.AddMinutes(1), CertificationStatus = "certified",
            Languages = [language], County = "Polk", ConditionCategories = [], CaseExperience = [], AvailableEvenings = true, AvailableWeekends = false,
            MaxCaseload = 15, EmploymentType = "contractor", FatherToFatherCapable = false, ChildBirthYear = thisYear - 3,
        });
        await Eventually.UntilAsync(
            () => driver.InDbAsync(db => db.Pool.AsNoTracking().Where(m => m.Id == certified.SupportParentId).Select(m => m.ChildBirthYear).SingleAsync()),
            year => year == thisYear - 3, what: "the changed birth year");
    }

    [Theory]
    [InlineData(2019, "2026-01-01T00:00:00Z", 7)]
    [InlineData(2019, "2026-12-31T23:59:59Z", 7)]
    [InlineData(2026, "2026-06-01T00:00:00Z", 0)]
    [InlineData(2027, "2026-06-01T00:00:00Z", 0)]
    public void The_age_is_the_year_of_scoring_less_the_birth_year_never_below_zero(int born, string scoredAt, int age)
    {
        var now = DateTimeOffset.Parse(scoredAt, CultureInfo.InvariantCulture);

        Assert.Equal(age, new PoolMember { ProgramId = TestUsers.ProgramA, ChildBirthYear = born }.ToProfile(now).ChildAge);
        Assert.Null(new PoolMember { ProgramId = TestUsers.ProgramA }.ToProfile(now).ChildAge);
    }

    private static JsonElement ChildAgeTerm(List<JsonElement> suggestions, Guid supportParentId) =>
        Suggestion(suggestions, supportParentId).GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "child-age");

    private static decimal Score(List<JsonElement> suggestions, Guid supportParentId) =>
        Suggestion(suggestions, supportParentId).GetProperty("score").GetDecimal();

    private static JsonElement Suggestion(List<JsonElement> suggestions, Guid supportParentId) =>
        suggestions.Single(s => s.GetProperty("supportParentId").GetGuid() == supportParentId);
}
