// Validates every object of a rendered overlay (`kubectl kustomize deploy/k8s/overlays/<o> | node validate.mjs`)
// offline: Kubernetes' own kinds against the OpenAPI schemas bundled in kubernetes-models, KEDA's kinds against
// @kubernetes-models/keda (generated from KEDA's CRDs). The RabbitMQ operator and Dapr publish no such package:
// their kinds are checked against the hand-written subsets in schemas/ (the fields this repository uses, typed as
// their CRDs define them). A kind with no schema fails: nothing goes unchecked. Prints one line per problem.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

const local = {
  "rabbitmq.com/v1beta1/RabbitmqCluster": "rabbitmqcluster.json",
  "dapr.io/v1alpha1/Component": "dapr-component.json",
  "dapr.io/v1alpha1/Configuration": "dapr-configuration.json",
};
const ajv = new Ajv({ allErrors: true, strict: false });

async function validator(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (local[key]) {
    const check = ajv.compile(JSON.parse(readFileSync(new URL(`schemas/${local[key]}`, import.meta.url))));
    return (object) => { if (!check(object)) throw new Error(ajv.errorsText(check.errors)); };
  }
  const module = apiVersion.startsWith("keda.sh/")
    ? `@kubernetes-models/keda/${apiVersion}/${kind}`
    : `kubernetes-models/${apiVersion.includes("/") ? apiVersion : `v1`}/${kind}`;
  let model;
  try {
    model = (await import(module))[kind];
  } catch {
    return null;
  }
  return (object) => new model(object).validate();
}

// --json: after validating, print the objects as one JSON array on stdout (the Deploy tests read it) instead of the summary.
const json = process.argv.includes("--json");
const file = process.argv.slice(2).find((argument) => !argument.startsWith("--"));
const text = readFileSync(file ?? 0, "utf8");
const objects = [];
let problems = 0, count = 0;
for (const document of parseAllDocuments(text)) {
  const object = document.toJSON();
  if (!object) continue;
  count++;
  objects.push(object);
  const name = `${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  const check = object.apiVersion && object.kind ? await validator(object.apiVersion, object.kind) : null;
  if (!check) {
    console.error(`${name}: no schema for ${object.apiVersion} ${object.kind}`);
    problems++;
    continue;
  }
  try {
    check(object);
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    problems++;
  }
}
if (json) {
  console.log(JSON.stringify(objects));
}
console.error(`${count} objects, ${problems} invalid`);
process.exit(problems === 0 && count > 0 ? 0 : 1);
