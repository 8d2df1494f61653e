#!/usr/bin/env python3
"""Writes docker-compose.yml from deploy/topology.json: the infrastructure (deploy/compose/infrastructure.yml),
then one container per service of the topology and the gateway, all built from deploy/docker/Dockerfile.
Usage: generate.py [--check]   (--check: exit 1 when docker-compose.yml is not what this would write)"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
topology = json.loads((root / "deploy/topology.json").read_text())
services = topology["services"]
gateway = topology["gateway"]


def container(process, extra=""):
    return (
        f"  {process['name']}:\n"
        "    <<: *service\n"
        "    build:\n"
        "      context: .\n"
        "      dockerfile: deploy/docker/Dockerfile\n"
        "      args:\n"
        f"        PROJECT: {process['project']}\n"
        f"{extra}"
        "    environment:\n"
        "      <<: *service-environment\n"
    )


# Inside the compose network every service listens on 8080 (the image's port) under its own name.
gateway_extra = "    depends_on:\n" + "".join(f"      - {s['name']}\n" for s in services) + "      - keycloak\n"
gateway_block = container(gateway, gateway_extra) + "".join(
    f"      ReverseProxy__Clusters__{s['name']}__Destinations__primary__Address: http://{s['name']}:8080/\n" for s in services
) + f"    ports:\n      - \"{gateway['port']}:8080\"\n"

text = (
    "# GENERATED from deploy/topology.json by deploy/compose/generate.py; edit those, then run it.\n"
    + (root / "deploy/compose/infrastructure.yml").read_text()
    + "\n"
    + "\n".join(container(s) for s in services)
    + "\n"
    + gateway_block
    + "\nvolumes:\n  postgres-data:\n  rabbitmq-data:\n"
)

target = root / "docker-compose.yml"
if "--check" in sys.argv[1:]:
    if target.read_text() != text:
        sys.exit("docker-compose.yml differs from deploy/topology.json: run deploy/compose/generate.py")
else:
    target.write_text(text)
