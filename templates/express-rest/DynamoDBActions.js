// The table this API may access: its name comes from the variable dockstack
// sets for it ({{.TableVar}}). Its partition key is keyName below, {{if eq .KeyType "N"}}a number{{else if eq .KeyType "B"}}binary (base64 in requests){{else}}a string{{end}}.
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocument } = require('@aws-sdk/lib-dynamodb');

const TableName = process.env.{{.TableVar}};
const keyName = '{{js .KeyName}}';
exports.keyName = keyName;
const db = DynamoDBDocument.from(new DynamoDBClient({}));

// key turns a request's value into the partition key's type.
function key(value) {
{{- if eq .KeyType "N"}}
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) {
    const err = new Error(`${keyName} must be a number`);
    err.status = 400;
    throw err;
  }
  return n;
{{- else if eq .KeyType "B"}}
  return Buffer.from(String(value), 'base64');
{{- else}}
  if (value === undefined || value === '') {
    const err = new Error(`${keyName} is missing`);
    err.status = 400;
    throw err;
  }
  return String(value);
{{- end}}
}

exports.list = async () => (await db.scan({ TableName })).Items;

exports.get = async (value) => (await db.get({ TableName, Key: { [keyName]: key(value) } })).Item;

exports.put = async (item) => {
  const stored = { ...item, [keyName]: key(item[keyName]) };
  await db.put({ TableName, Item: stored });
  return stored;
};
