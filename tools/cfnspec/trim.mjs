// Trims the CloudFormation registry data of @aws-cdk/aws-service-spec (db.json.gz)
// to the resource types dockstack emits, without documentation, for the Go spec
// check in internal/cfnspec. Run it through update.sh, which pins the version.
//
// usage: node trim.mjs <db.json.gz> <version> <out.json> TYPE...
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const [dbPath, version, outPath, ...wanted] = process.argv.slice(2);
const db = JSON.parse(gunzipSync(readFileSync(dbPath)).toString('utf8')).schema;
const typeDefs = new Map(db.typeDefinition.entities.map((t) => [t.$id, t]));

// type keeps what a check needs: the kind, list/map elements, references, union members, allowed values.
function type(t) {
  const out = { type: t.type };
  if (t.element) out.element = type(t.element);
  if (t.reference) out.ref = t.reference.$ref;
  if (t.types) out.types = t.types.map(type);
  if (t.allowedValues) out.allowedValues = t.allowedValues;
  return out;
}

function properties(props) {
  const out = {};
  for (const name of Object.keys(props ?? {}).sort()) {
    const p = props[name];
    out[name] = { type: type(p.type) };
    if (p.required) out[name].required = true;
    if (p.causesReplacement && p.causesReplacement !== 'no') out[name].causesReplacement = p.causesReplacement;
  }
  return out;
}

const resources = {};
const types = {};
const pending = [];
function collect(t) {
  if (!t) return;
  if (t.ref && !types[t.ref]) pending.push(t.ref);
  collect(t.element);
  (t.types ?? []).forEach(collect);
}

for (const name of wanted.sort()) {
  const r = db.resource.entities.find((e) => e.cloudFormationType === name);
  if (!r) throw new Error(`no resource type ${name} in the spec`);
  resources[name] = { properties: properties(r.properties), attributes: Object.keys(r.attributes ?? {}).sort() };
  Object.values(resources[name].properties).forEach((p) => collect(p.type));
}
while (pending.length) {
  const id = pending.pop();
  if (types[id]) continue;
  const t = typeDefs.get(id);
  types[id] = { name: t.name, properties: properties(t.properties) };
  Object.values(types[id].properties).forEach((p) => collect(p.type));
}
writeFileSync(outPath, JSON.stringify({ source: `@aws-cdk/aws-service-spec@${version}`, resources, types }, null, 1) + '\n');
console.log(`${outPath}: ${Object.keys(resources).length} resource types, ${Object.keys(types).length} type definitions`);
