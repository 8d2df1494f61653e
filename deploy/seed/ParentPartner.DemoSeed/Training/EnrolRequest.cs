namespace ParentPartner.DemoSeed.Training;

public sealed record EnrolRequest(Guid SupportParentId);
