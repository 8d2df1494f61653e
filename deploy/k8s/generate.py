#!/usr/bin/env python3
"""Writes the kustomize base deploy/k8s/base/ from deploy/topology.json, the way deploy/compose/generate.py writes
docker-compose.yml: one folder per process (Deployment, Service, ConfigMap, PodDisruptionBudget, NetworkPolicy, and an
HPA, or a KEDA ScaledObject for a service that consumes events), one migration Job per service with a database, and
the settings the cron bindings of deploy/dapr/components switch off. Overlays (local, production) are hand-written.
A service consumes events when its project has a Consumers/ folder (docs/service-layout.md), so the topology needs no
extra field. Usage: generate.py [--check]   (--check: exit 1 when base/ is not what this would write)"""
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
topology = json.loads((root / "deploy/topology.json").read_text())
base = root / "deploy/k8s/base"

# The image listens on 8080 (deploy/docker/Dockerfile: EXPOSE 8080, ASPNETCORE_HTTP_PORTS) as its app user (UID 1654).
CONTAINER_PORT = 8080
APP_UID = 1654
# The graceful stop: Kubernetes takes the pod out of its Service during PRE_STOP, then SIGTERM starts the host's
# shutdown, which waits up to SHUTDOWN for the outbox dispatcher (a claimed batch is cancelled and rolled back, so its
# rows go out from another replica; an in-flight publish waits at most Outbox:PublishTimeout = 10 s) and for
# MassTransit to finish the messages it is consuming. The grace period covers both with a margin.
PRE_STOP = 5
SHUTDOWN = 30
GRACE = PRE_STOP + SHUTDOWN + 5
HEADER = "# GENERATED from deploy/topology.json by deploy/k8s/generate.py; edit those, then run it.\n"


def consumes(process):
    return (root / process["project"] / "Consumers").is_dir()


def has_database(process):
    program = root / process["project"] / "Program.cs"
    return program.is_file() and "AddServiceDatabase<" in program.read_text()


def component_settings(name):
    """Settings the Dapr components scoped to a service (deploy/dapr/components) put in its ConfigMap: a cron binding
    turns off the in-process timer it replaces (replaces-setting); an output binding tells the service to use it
    (sets-setting KEY=VALUE)."""
    settings = {}
    for component in sorted((root / "deploy/dapr/components").glob("*.yaml")):
        text = component.read_text()
        scopes = re.findall(r"(?m)^  - (\S+)$", text.split("scopes:", 1)[1]) if "scopes:" in text else []
        if name not in scopes:
            continue
        replaces = re.search(r"parentpartner\.org/replaces-setting: (\S+)", text)
        if "type: bindings.cron" in text and replaces:
            settings[replaces.group(1)] = "false"
        for key, value in re.findall(r"parentpartner\.org/sets-setting: (\S+?)=(\S+)", text):
            settings[key] = value
    return settings


# What a service reads through its Dapr sidecar's secret store (ServiceDefaults/Dapr/DaprSecrets.cs): setting → secret/key.
SIDECAR_SECRETS = {
    "ConnectionStrings__Postgres": "postgres/connection-string",
    "ConnectionStrings__RabbitMq": "rabbitmq/amqp-uri",
    "Dapr__AppApiToken": "dapr-api-token/token",
}


def sidecar_secrets(process, database):
    if process["kind"] != "service":
        return {}
    return {setting: ref for setting, ref in SIDECAR_SECRETS.items() if database or not setting.startswith("ConnectionStrings__Postgres")}


def labels(name, tier, indent):
    pad = " " * indent
    return f"{pad}app.kubernetes.io/name: {name}\n{pad}app.kubernetes.io/part-of: parentpartner\n{pad}parentpartner.org/tier: {tier}\n"


def env_from_secret(name, secret, key, indent=12):
    pad = " " * indent
    return (f"{pad}- name: {name}\n{pad}  valueFrom:\n{pad}    secretKeyRef:\n"
            f"{pad}      name: {secret}\n{pad}      key: {key}\n")


def container_env(process, database, sidecar=False):
    """Secrets as secretKeyRef environment, where no sidecar reads them (gateway, migration Jobs)."""
    if sidecar and sidecar_secrets(process, database):
        return ""
    env = ""
    if database:
        env += env_from_secret("ConnectionStrings__Postgres", "postgres", "connection-string")
    if process["kind"] == "service":
        env += env_from_secret("ConnectionStrings__RabbitMq", "rabbitmq", "amqp-uri")
        env += env_from_secret("Dapr__AppApiToken", "dapr-api-token", "token")
    return env


def security(indent):
    pad = " " * indent
    return (f"{pad}securityContext:\n{pad}  allowPrivilegeEscalation: false\n{pad}  readOnlyRootFilesystem: true\n"
            f"{pad}  runAsNonRoot: true\n{pad}  runAsUser: {APP_UID}\n{pad}  capabilities:\n{pad}    drop: [\"ALL\"]\n")


def deployment(process, database):
    name = process["name"]
    tier = process["kind"]
    dapr = "" if process["kind"] != "service" else (
        "        dapr.io/enabled: \"true\"\n"
        f"        dapr.io/app-id: {name}\n"
        f"        dapr.io/app-port: \"{CONTAINER_PORT}\"\n"
        "        dapr.io/config: parentpartner\n"
        "        dapr.io/app-token-secret: dapr-api-token\n"
        f"        dapr.io/graceful-shutdown-seconds: \"{SHUTDOWN}\"\n")
    probe = lambda kind, path, extra: (
        f"          {kind}:\n            httpGet:\n              path: {path}\n              port: http\n{extra}")
    return (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
        f"  name: {name}\n  labels:\n{labels(name, tier, 4)}"
        f"  annotations:\n    parentpartner.org/project: {process['project']}\n"
        "spec:\n  replicas: 2\n  revisionHistoryLimit: 5\n"
        f"  selector:\n    matchLabels:\n      app.kubernetes.io/name: {name}\n"
        f"  template:\n    metadata:\n      labels:\n{labels(name, tier, 8)}"
        + (f"      annotations:\n{dapr}" if dapr else "")
        + "    spec:\n"
        f"      terminationGracePeriodSeconds: {GRACE}\n"
        + (f"      serviceAccountName: {name}\n      # The sidecar reads the service's Secrets through the Kubernetes API with this account (Role: get on those only).\n"
           "      automountServiceAccountToken: true\n" if sidecar_secrets(process, database) else "      automountServiceAccountToken: false\n")
        + "      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n"
        "      containers:\n"
        f"        - name: {name}\n          image: parentpartner/{name}:latest\n          imagePullPolicy: IfNotPresent\n"
        f"          ports:\n            - name: http\n              containerPort: {CONTAINER_PORT}\n"
        f"          envFrom:\n            - configMapRef:\n                name: platform\n            - configMapRef:\n                name: {name}\n"
        + (f"          env:\n{container_env(process, database, sidecar=True)}" if container_env(process, database, sidecar=True) else "")
        + probe("startupProbe", "/health/live", "            periodSeconds: 2\n            failureThreshold: 60\n")
        + probe("livenessProbe", "/health/live", "            periodSeconds: 10\n            failureThreshold: 3\n")
        + probe("readinessProbe", "/health/ready", "            periodSeconds: 5\n            failureThreshold: 2\n")
        + f"          lifecycle:\n            preStop:\n              sleep:\n                seconds: {PRE_STOP}\n"
        "          resources:\n            requests:\n              cpu: 100m\n              memory: 192Mi\n"
        "            limits:\n              cpu: \"1\"\n              memory: 512Mi\n"
        + security(10)
        + "          volumeMounts:\n            - name: tmp\n              mountPath: /tmp\n"
        "      volumes:\n        - name: tmp\n          emptyDir:\n            sizeLimit: 256Mi\n"
    )


def config_map(process, database):
    name = process["name"]
    data = {
        "ASPNETCORE_HTTP_PORTS": str(CONTAINER_PORT),
        "shutdownTimeoutSeconds": str(SHUTDOWN),
        "OTEL_SERVICE_NAME": name,
    }
    if database:
        data["Database__MigrateOnStartup"] = "false"  # the release's migration Job runs them once
    if process["kind"] == "gateway":
        for service in topology["services"]:
            data[f"ReverseProxy__Clusters__{service['name']}__Destinations__primary__Address"] = f"http://{service['name']}:{CONTAINER_PORT}/"
    data.update(component_settings(name))
    if sidecar_secrets(process, database):
        data["Dapr__SecretStore"] = "secrets"
        for setting, ref in sidecar_secrets(process, database).items():
            data[f"Dapr__Secrets__{setting}"] = ref
    body = "".join(f"  {key}: \"{value}\"\n" for key, value in data.items())
    return f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  labels:\n{labels(name, 'config', 4)}data:\n{body}"


def service(process):
    name = process["name"]
    return (f"apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\n  labels:\n{labels(name, 'network', 4)}"
            f"spec:\n  selector:\n    app.kubernetes.io/name: {name}\n"
            f"  ports:\n    - name: http\n      port: {CONTAINER_PORT}\n      targetPort: http\n")


def pdb(process):
    name = process["name"]
    return (f"apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: {name}\n"
            f"spec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: {name}\n")


def hpa(process):
    name = process["name"]
    return (f"apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: {name}\n"
            f"spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: {name}\n"
            "  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n"
            "        target:\n          type: Utilization\n          averageUtilization: 70\n")


def scaled_object(process):
    """KEDA scales on the backlog of all the service's queues ("{service}-…", MassTransit's names; _error queues
    have an underscore and are left out) and on CPU for its HTTP side; KEDA owns the HPA, so there is no other."""
    name = process["name"]
    return (f"apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: {name}\n"
            f"spec:\n  scaleTargetRef:\n    name: {name}\n  minReplicaCount: 2\n  maxReplicaCount: 10\n"
            "  pollingInterval: 15\n  cooldownPeriod: 300\n  triggers:\n"
            "    - type: rabbitmq\n      metadata:\n        protocol: http\n        mode: QueueLength\n        value: \"100\"\n"
            f"        queueName: ^{name}-[a-z0-9-]+$\n        useRegex: \"true\"\n        operation: sum\n"
            "      authenticationRef:\n        name: rabbitmq-management\n"
            "    - type: cpu\n      metricType: Utilization\n      metadata:\n        value: \"70\"\n")


def network_policy(process):
    """Only the gateway takes traffic from outside (any source, its port only); a service only from the gateway."""
    name = process["name"]
    source = "" if process["kind"] != "service" else (
        "      from:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: gateway\n")
    return (f"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: {name}\n"
            f"spec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: {name}\n  policyTypes: [Ingress]\n"
            f"  ingress:\n    - ports:\n        - port: http\n{source}")


def service_account(process, database):
    """The pod's identity, allowed to read exactly the Secrets its sidecar fetches."""
    name = process["name"]
    secrets = sorted({ref.split("/")[0] for ref in sidecar_secrets(process, database).values()})
    names = ", ".join(secrets)
    return (f"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {name}\n  labels:\n{labels(name, 'identity', 4)}"
            "automountServiceAccountToken: false\n---\n"
            f"apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: {name}-secrets\n  labels:\n{labels(name, 'identity', 4)}"
            f"rules:\n  - apiGroups: [\"\"]\n    resources: [secrets]\n    resourceNames: [{names}]\n    verbs: [get]\n---\n"
            f"apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: {name}-secrets\n  labels:\n{labels(name, 'identity', 4)}"
            f"roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: {name}-secrets\n"
            f"subjects:\n  - kind: ServiceAccount\n    name: {name}\n")


def migration_job(process):
    name = process["name"]
    # Tier "service": the database's NetworkPolicy lets it in. A Job is immutable: a release deletes the last one first.
    job_labels = lambda indent: labels(name + "-migrate", "service", indent) + " " * indent + "parentpartner.org/role: migration\n"
    return (f"apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {name}-migrate\n  labels:\n{job_labels(4)}"
            "spec:\n  backoffLimit: 3\n  ttlSecondsAfterFinished: 86400\n  template:\n    metadata:\n"
            f"      labels:\n{job_labels(8)}"
            "    spec:\n      restartPolicy: OnFailure\n      automountServiceAccountToken: false\n"
            "      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n"
            f"      containers:\n        - name: migrate\n          image: parentpartner/{name}:latest\n          imagePullPolicy: IfNotPresent\n"
            "          env:\n            - name: Database__MigrateOnly\n              value: \"true\"\n"
            + container_env(process, True)
            + "          resources:\n            requests:\n              cpu: 100m\n              memory: 192Mi\n"
            "            limits:\n              cpu: \"1\"\n              memory: 512Mi\n"
            + security(10)
            + "          volumeMounts:\n            - name: tmp\n              mountPath: /tmp\n"
            "      volumes:\n        - name: tmp\n          emptyDir: {}\n")


def files():
    out = {}
    # identity (the dev OIDC issuer) is generated like the others, but only the local overlay deploys it.
    processes = [dict(topology["identity"], kind="identity"), dict(topology["gateway"], kind="gateway")] + [dict(s, kind="service") for s in topology["services"]]
    for process in processes:
        name, database = process["name"], has_database(process)
        parts = {
            "deployment.yaml": deployment(process, database),
            "service.yaml": service(process),
            "configmap.yaml": config_map(process, database),
            "pdb.yaml": pdb(process),
            "networkpolicy.yaml": network_policy(process),
            ("scaledobject.yaml" if consumes(process) else "hpa.yaml"): (scaled_object if consumes(process) else hpa)(process),
        }
        if database:
            parts["migration-job.yaml"] = migration_job(process)
        if sidecar_secrets(process, database):
            parts["serviceaccount.yaml"] = service_account(process, database)
        for file, text in parts.items():
            out[f"{name}/{file}"] = HEADER + text
        out[f"{name}/kustomization.yaml"] = (HEADER + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                                             + "".join(f"  - {file}\n" for file in sorted(parts)))
    out["kustomization.yaml"] = (HEADER + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                                 "  - shared\n  - ../../dapr/components\n"
                                 + "".join(f"  - {p['name']}\n" for p in processes if p["kind"] != "identity"))
    return out


expected = files()
if "--check" in sys.argv[1:]:
    actual = {p.relative_to(base).as_posix(): p.read_text() for p in base.rglob("*.yaml") if "shared" not in p.relative_to(base).parts}
    if actual != expected:
        differing = sorted(set(actual) ^ set(expected) | {k for k in expected if actual.get(k) != expected[k]})
        sys.exit(f"deploy/k8s/base differs from deploy/topology.json ({', '.join(differing)}): run deploy/k8s/generate.py")
else:
    for stale in base.rglob("*.yaml"):
        if "shared" not in stale.relative_to(base).parts and stale.relative_to(base).as_posix() not in expected:
            stale.unlink()
    for relative, text in expected.items():
        (base / relative).parent.mkdir(parents=True, exist_ok=True)
        (base / relative).write_text(text)
