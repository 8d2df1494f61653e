using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Tests;

public sealed class FieldErrorsTests
{
    [Fact]
    public void Required_and_max_length_collect_errors_per_field()
    {
        var errors = new FieldErrors()
            .Required("a", null)
            .Required("b", "  ")
            .Required("c", "ok")
            .MaxLength("c", "toolong", 3)
            .MaxLength("d", null, 3);

        var problem = Assert.IsType<ProblemHttpResult>(errors.ToProblem());
        var details = Assert.IsType<HttpValidationProblemDetails>(problem.ProblemDetails);
        Assert.Equal(400, details.Status);
        Assert.Equal(["a", "b", "c"], details.Errors.Keys.Order());
    }

    [Fact]
    public void A_rule_violation_is_a_422_with_a_reason()
    {
        var problem = Assert.IsType<ProblemHttpResult>(new FieldErrors().Add("consent", "is required.").ToProblem(422, "consent needed"));
        Assert.Equal(422, problem.StatusCode);
        Assert.Equal("consent needed", problem.ProblemDetails.Detail);
    }

    [Fact]
    public void No_errors_is_empty()
    {
        Assert.True(new FieldErrors().Required("a", "x").MaxLength("a", "x", 1).IsEmpty);
    }
}
