using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ParentPartner.ServiceDefaults.Validation;

public static class ValidationFilter
{
    /// <summary>Validates every <see cref="IValidatableRequest"/> argument; the handler runs only when all are valid.</summary>
    public static RouteHandlerBuilder WithValidation(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            foreach (var argument in context.Arguments)
            {
                if (argument is IValidatableRequest request && request.Validate() is { IsEmpty: false } errors)
                {
                    return errors.ToProblem();
                }
            }
            return await next(context);
        }).ProducesValidationProblem();
}
