// The posts table: its name comes from the variable dockstack sets for the
// table this API may access. The partition key "id" is a number.
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocument } = require('@aws-sdk/lib-dynamodb');

const TableName = process.env.{{.TableVar}};
const db = DynamoDBDocument.from(new DynamoDBClient({}));

function id(value) {
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) {
    const err = new Error('id must be a number');
    err.status = 400;
    throw err;
  }
  return n;
}

exports.list = async () => (await db.scan({ TableName })).Items;

exports.get = async (value) => (await db.get({ TableName, Key: { id: id(value) } })).Item;

exports.put = async (post) => {
  const item = { ...post, id: id(post.id) };
  await db.put({ TableName, Item: item });
  return item;
};
