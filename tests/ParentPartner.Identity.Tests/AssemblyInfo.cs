// WebApplicationFactory intercepts host construction process-wide: a test that expects start-up to fail
// (ConfigurationValidationTests) can catch another class's host being built at the same moment.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
