using System.Text.Json;

namespace ParentPartner.Deploy.Tests;

/// <summary>deploy/k8s cannot be applied here (no cluster), so its overlays are rendered and schema-checked offline.</summary>
public sealed class KubernetesManifestTests
{
    [Fact]
    public void Base_is_what_the_topology_generates()
    {
        var result = Tool.Run("python3", ["deploy/k8s/generate.py", "--check"]);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayData), MemberType = typeof(Kubernetes))]
    public void Overlay_builds_and_every_object_matches_its_schema(string overlay)
    {
        var result = Kubernetes.Validate(Kubernetes.Render(overlay));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(" 0 invalid", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  selector: {}\n  template: {spec: {containers: [{name: c, ports: [{containerPort: http}]}]}}\n", "containerPort")]
    [InlineData("apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: x}\nspec: {triggers: [{type: rabbitmq, metadata: {}}]}\n", "scaleTargetRef")]
    [InlineData("apiVersion: rabbitmq.com/v1beta1\nkind: RabbitmqCluster\nmetadata: {name: x}\nspec: {replica: 3}\n", "additional")]
    [InlineData("apiVersion: example.org/v1\nkind: Unknown\nmetadata: {name: x}\n", "no schema")]
    public void Validator_rejects_what_the_schemas_forbid(string yaml, string problem)
    {
        var result = Kubernetes.Validate(yaml);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayProcessData), MemberType = typeof(Kubernetes))]
    public void Every_process_has_a_hardened_Deployment_whose_image_and_port_match_the_Dockerfile_and_topology(string overlay, string name)
    {
        var process = Topology.Services.Append(Topology.Gateway).Single(p => p.Name == name);
        var deployment = Kubernetes.Single(overlay, "Deployment", name);
        var pod = deployment.GetProperty("spec").GetProperty("template").GetProperty("spec");
        var container = pod.GetProperty("containers").EnumerateArray().Single();

        Assert.Equal(process.Project, deployment.Text("metadata", "annotations", "parentpartner.org/project"));
        Assert.StartsWith($"parentpartner/{name}:", container.Text("image"), StringComparison.Ordinal);
        var port = container.GetProperty("ports").EnumerateArray().Single();
        Assert.Equal(Kubernetes.ImagePort, port.GetProperty("containerPort").GetInt32());
        Assert.Equal("/health/live", container.Text("startupProbe", "httpGet", "path"));
        Assert.Equal("/health/live", container.Text("livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", container.Text("readinessProbe", "httpGet", "path"));
        foreach (var bound in new[] { "requests", "limits" })
        {
            Assert.NotNull(container.Text("resources", bound, "cpu"));
            Assert.NotNull(container.Text("resources", bound, "memory"));
        }
        Assert.Equal("true", container.Text("securityContext", "runAsNonRoot"));
        Assert.Equal("true", container.Text("securityContext", "readOnlyRootFilesystem"));
        var tmp = container.GetProperty("volumeMounts").EnumerateArray().Single(m => m.Text("mountPath") == "/tmp").Text("name");
        Assert.Contains(pod.GetProperty("volumes").EnumerateArray(), v => v.Text("name") == tmp && v.TryGetProperty("emptyDir", out _));

        // The grace period outlasts the pre-stop pause plus the host's shutdown (outbox dispatcher and consumers drain).
        var config = Kubernetes.Single(overlay, "ConfigMap", name);
        var shutdown = int.Parse(config.Text("data", "shutdownTimeoutSeconds")!);
        var preStop = int.Parse(container.Text("lifecycle", "preStop", "sleep", "seconds")!);
        Assert.True(pod.GetProperty("terminationGracePeriodSeconds").GetInt32() > preStop + shutdown);
        Assert.Equal(Kubernetes.ImagePort.ToString(), config.Text("data", "ASPNETCORE_HTTP_PORTS"));
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayProcessData), MemberType = typeof(Kubernetes))]
    public void Every_process_has_a_Service_an_autoscaler_a_disruption_budget_and_a_network_policy(string overlay, string name)
    {
        var service = Kubernetes.Single(overlay, "Service", name);
        Assert.Equal(name, service.Text("spec", "selector", "app.kubernetes.io/name"));
        Assert.Equal(Kubernetes.ImagePort, service.GetProperty("spec").GetProperty("ports")[0].GetProperty("port").GetInt32());

        var consumes = Directory.Exists(Path.Combine(Repository.Full(Topology.Services.Append(Topology.Gateway).Single(p => p.Name == name).Project), "Consumers"));
        var hpa = Kubernetes.Named(overlay, "HorizontalPodAutoscaler", name);
        var scaled = Kubernetes.Named(overlay, "ScaledObject", name);
        if (consumes)
        {
            Assert.Null(hpa);
            Assert.NotNull(scaled);
            Assert.Equal(name, scaled.Value.Text("spec", "scaleTargetRef", "name"));
            var rabbit = scaled.Value.GetProperty("spec").GetProperty("triggers").EnumerateArray().Single(t => t.Text("type") == "rabbitmq");
            Assert.Equal("QueueLength", rabbit.Text("metadata", "mode"));
            Assert.Matches(rabbit.Text("metadata", "queueName")!, $"{name}-referral-received");
            Assert.DoesNotMatch(rabbit.Text("metadata", "queueName")!, $"{name}-referral-received_error");
            Assert.NotNull(Kubernetes.Named(overlay, "TriggerAuthentication", rabbit.Text("authenticationRef", "name")!));
        }
        else
        {
            Assert.Null(scaled);
            Assert.Equal(name, hpa!.Value.Text("spec", "scaleTargetRef", "name"));
            Assert.Equal("cpu", hpa.Value.GetProperty("spec").GetProperty("metrics")[0].Text("resource", "name"));
        }

        Assert.Equal(name, Kubernetes.Single(overlay, "PodDisruptionBudget", name).Text("spec", "selector", "matchLabels", "app.kubernetes.io/name"));
        var policy = Kubernetes.Single(overlay, "NetworkPolicy", name);
        Assert.Equal(name, policy.Text("spec", "podSelector", "matchLabels", "app.kubernetes.io/name"));
        var from = policy.GetProperty("spec").GetProperty("ingress")[0].Text("from");
        if (name == Topology.Gateway.Name)
        {
            Assert.Null(from);
        }
        else
        {
            Assert.Contains($"\"app.kubernetes.io/name\":\"{Topology.Gateway.Name}\"", from!.Replace(" ", ""), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayData), MemberType = typeof(Kubernetes))]
    public void Services_run_with_a_Dapr_sidecar_and_the_gateway_reaches_each_by_its_Service(string overlay)
    {
        var gateway = Kubernetes.Single(overlay, "ConfigMap", Topology.Gateway.Name);
        foreach (var service in Topology.Services)
        {
            var annotations = Kubernetes.Single(overlay, "Deployment", service.Name).GetProperty("spec").GetProperty("template").GetProperty("metadata").GetProperty("annotations");
            Assert.Equal("true", annotations.Text("dapr.io/enabled"));
            Assert.Equal(service.Name, annotations.Text("dapr.io/app-id"));
            Assert.Equal(Kubernetes.ImagePort.ToString(), annotations.Text("dapr.io/app-port"));
            Assert.NotNull(Kubernetes.Named(overlay, "Configuration", annotations.Text("dapr.io/config")!));
            Assert.Equal($"http://{service.Name}:{Kubernetes.ImagePort}/", gateway.Text("data", $"ReverseProxy__Clusters__{service.Name}__Destinations__primary__Address"));
        }
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayData), MemberType = typeof(Kubernetes))]
    public void Migrations_run_as_one_Job_per_service_and_Deployments_do_not_migrate(string overlay)
    {
        foreach (var service in Topology.Services)
        {
            Assert.Equal("false", Kubernetes.Single(overlay, "ConfigMap", service.Name).Text("data", "Database__MigrateOnStartup"));
            var job = Kubernetes.Single(overlay, "Job", $"{service.Name}-migrate");
            var container = job.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers")[0];
            Assert.Equal(Kubernetes.Single(overlay, "Deployment", service.Name).GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers")[0].Text("image"), container.Text("image"));
            Assert.Contains(container.GetProperty("env").EnumerateArray(), e => e.Text("name") == "Database__MigrateOnly" && e.Text("value") == "true");
        }
    }

    [Fact]
    public void Production_holds_no_Secret_and_every_connection_string_comes_from_one()
    {
        Assert.Empty(Kubernetes.OfKind("production", "Secret"));
        var containers = Kubernetes.OfKind("production", "Deployment").Concat(Kubernetes.OfKind("production", "Job"))
            .SelectMany(o => o.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers").EnumerateArray());
        foreach (var env in containers.SelectMany(c => c.TryGetProperty("env", out var e) ? e.EnumerateArray() : Enumerable.Empty<JsonElement>()))
        {
            if (env.Text("name")!.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || env.Text("name") == "Dapr__AppApiToken")
            {
                Assert.Null(env.Text("value"));
                Assert.NotNull(env.Text("valueFrom", "secretKeyRef", "name"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayProcessData), MemberType = typeof(Kubernetes))]
    public void Every_service_reads_its_secrets_through_its_sidecar_with_an_account_that_may_read_only_those(string overlay, string name)
    {
        var pod = Kubernetes.Single(overlay, "Deployment", name).GetProperty("spec").GetProperty("template").GetProperty("spec");
        var env = pod.GetProperty("containers")[0].TryGetProperty("env", out var e) ? e.EnumerateArray().Select(v => v.Text("name")!).ToList() : [];
        var settings = Kubernetes.Single(overlay, "ConfigMap", name).GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        if (name == Topology.Gateway.Name)
        {
            // No sidecar: nothing is read through one, and the pod gets no API token.
            Assert.DoesNotContain(settings.Keys, k => k.StartsWith("Dapr__Secrets__", StringComparison.Ordinal));
            Assert.Equal("false", pod.Text("automountServiceAccountToken"));
            return;
        }

        var wanted = settings.Where(s => s.Key.StartsWith("Dapr__Secrets__", StringComparison.Ordinal))
            .ToDictionary(s => s.Key["Dapr__Secrets__".Length..], s => s.Value);
        Assert.Equal("secrets", settings["Dapr__SecretStore"]);
        Assert.Equal("secretstores.kubernetes", Kubernetes.Single(overlay, "Component", "secrets").Text("spec", "type"));
        var hasDatabase = Kubernetes.Named(overlay, "Job", $"{name}-migrate") is not null;
        Assert.Equal(hasDatabase ? 3 : 2, wanted.Count);
        Assert.Equal("rabbitmq/amqp-uri", wanted["ConnectionStrings__RabbitMq"]);
        Assert.Equal("dapr-api-token/token", wanted["Dapr__AppApiToken"]);
        Assert.Equal(hasDatabase, wanted.ContainsKey("ConnectionStrings__Postgres"));
        // Read through the sidecar, so never also in the pod's environment.
        Assert.All(wanted.Keys, setting => Assert.DoesNotContain(setting, env));

        Assert.Equal(name, pod.Text("serviceAccountName"));
        Assert.Equal("true", pod.Text("automountServiceAccountToken"));
        var role = Kubernetes.Single(overlay, "Role", $"{name}-secrets");
        var rule = Assert.Single(role.GetProperty("rules").EnumerateArray());
        Assert.Equal(["get"], rule.GetProperty("verbs").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(wanted.Values.Select(v => v.Split('/')[0]).Distinct().Order(), rule.GetProperty("resourceNames").EnumerateArray().Select(v => v.GetString()!).Order());
        var binding = Kubernetes.Single(overlay, "RoleBinding", $"{name}-secrets");
        Assert.Equal(role.Text("metadata", "name"), binding.Text("roleRef", "name"));
        Assert.Equal(name, binding.GetProperty("subjects")[0].Text("name"));
    }

    [Fact]
    public void Production_runs_a_three_node_RabbitmqCluster()
    {
        Assert.Equal("3", Kubernetes.Single("production", "RabbitmqCluster", "rabbitmq").Text("spec", "replicas"));
    }

    [Theory]
    [MemberData(nameof(Kubernetes.OverlayData), MemberType = typeof(Kubernetes))]
    public void Every_cron_binding_of_deploy_dapr_reaches_the_cluster(string overlay)
    {
        foreach (var component in Directory.GetFiles(Repository.Full("deploy/dapr/components"), "*.yaml").Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal)))
        {
            Assert.NotNull(Kubernetes.Named(overlay, "Component", Path.GetFileNameWithoutExtension(component)));
        }
        Assert.Equal("false", Kubernetes.Single(overlay, "ConfigMap", "training").Text("data", "Training__CertificationSweep__Enabled"));
    }
}
