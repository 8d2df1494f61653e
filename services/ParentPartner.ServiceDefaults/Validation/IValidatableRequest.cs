namespace ParentPartner.ServiceDefaults.Validation;

/// <summary>A request body that can say what is wrong with it, field by field, before any work is done.</summary>
public interface IValidatableRequest
{
    FieldErrors Validate();
}
