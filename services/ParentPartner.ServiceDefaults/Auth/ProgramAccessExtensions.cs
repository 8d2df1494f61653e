using Microsoft.Extensions.DependencyInjection;

namespace ParentPartner.ServiceDefaults.Auth;

public static class ProgramAccessExtensions
{
    public static IServiceCollection AddProgramAccess(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IProgramAccess, HttpProgramAccess>();
        return services;
    }
}
