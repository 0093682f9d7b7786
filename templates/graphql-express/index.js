// A GraphQL endpoint at /graphql over the posts table.
const express = require('express');
const { createHandler } = require('graphql-http/lib/use/express');
const { buildSchema } = require('graphql');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocument } = require('@aws-sdk/lib-dynamodb');

const TableName = process.env.{{.TableVar}};
const db = DynamoDBDocument.from(new DynamoDBClient({}));

const schema = buildSchema(`
  type Post {
    id: Int!
    title: String
    author: String
  }
  type Query {
    posts: [Post]
    post(id: Int!): Post
  }
  type Mutation {
    addPost(id: Int!, title: String, author: String): Post
  }
`);

const rootValue = {
  posts: async () => (await db.scan({ TableName })).Items,
  post: async ({ id }) => (await db.get({ TableName, Key: { id } })).Item,
  addPost: async (post) => {
    await db.put({ TableName, Item: post });
    return post;
  },
};

const app = express();
app.all('/graphql', createHandler({ schema, rootValue }));
app.get('/', (req, res) => res.redirect('/graphql'));

const port = Number(process.env.PORT || 3000);
app.listen(port, () => console.log(`GraphQL on ${port}/graphql`));
