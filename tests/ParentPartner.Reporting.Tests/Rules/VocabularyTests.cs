using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Tests.Rules;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("ChildWelfareAgency", "child-welfare-agency")]
    [InlineData("HospitalOrClinic", "hospital-or-clinic")]
    [InlineData("ReadyForMatching", "ready-for-matching")]
    [InlineData("ShelterHearing", "shelter-hearing")]
    [InlineData("child-welfare-agency", "child-welfare-agency")]
    [InlineData("P2p", "p2p")]
    [InlineData(" Self ", "self")]
    [InlineData("two-month-check-in", "two-month-check-in")]
    [InlineData("TwoMonthCheckIn", "two-month-check-in")]
    [InlineData("no-show", "no-show")]
    [InlineData("NoShow", "no-show")]
    [InlineData("p2p", "p2p")]
    [InlineData("ChildWelfare", "child-welfare")]
    public void Event_enum_names_become_the_api_words(string sent, string stored) => Assert.Equal(stored, Vocabulary.Kebab(sent));

    [Fact]
    public void Language_tags_compare_without_case() => Assert.Equal(["es-mx", "en"], Vocabulary.Languages(["es-MX", "EN", "en"]));

    [Theory]
    [InlineData("goals-met", "goals-met")]
    [InlineData("Reunified", "reunified")]
    [InlineData("CaseClosed", "case-closed")]
    [InlineData("moved-away", "other")]
    [InlineData(null, "other")]
    public void Unknown_end_reasons_count_as_other(string? sent, string counted) => Assert.Equal(counted, MatchEndReasons.Normalise(sent));
}
