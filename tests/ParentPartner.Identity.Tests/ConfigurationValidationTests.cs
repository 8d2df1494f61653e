using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using ParentPartner.Identity;

namespace ParentPartner.Identity.Tests;

public sealed class ConfigurationValidationTests
{
    [Fact]
    public void An_injected_user_without_a_subject_stops_start_up_instead_of_failing_requests()
    {
        using var factory = new WebApplicationFactory<SigningKeyProvider>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Identity:Users:100:Username", "half.configured");
            builder.UseSetting("Identity:Users:100:Password", "pw");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("Subject", error.GetBaseException().Message);
    }
}
