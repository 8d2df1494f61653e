using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Training.Api.Data;

public sealed class TrainingDesignTimeFactory : DesignTimeDbContextFactory<TrainingDbContext>;
