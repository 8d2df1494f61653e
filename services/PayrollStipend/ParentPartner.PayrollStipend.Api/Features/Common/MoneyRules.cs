using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>Checks for dollar amounts and rates in request bodies.</summary>
public static class MoneyRules
{
    public static FieldErrors Dollars(this FieldErrors errors, string field, decimal? value, decimal min, decimal max, bool required = true, int places = 2)
    {
        if (value is not { } amount)
        {
            return required ? errors.Add(field, "is required.") : errors;
        }
        if (amount < min || amount > max)
        {
            return errors.Add(field, $"must be between {min} and {max}.");
        }
        return decimal.Round(amount, places) != amount ? errors.Add(field, $"may have at most {places} decimal places.") : errors;
    }
}
