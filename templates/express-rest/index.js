// A REST API on Express. API Gateway forwards every request here; when access
// is restricted it has already checked the Cognito token.
const express = require('express');
const posts = require('./DynamoDBActions');

const app = express();
app.use(express.json());

app.get('/posts', async (req, res, next) => {
  try {
    res.json(await posts.list());
  } catch (err) {
    next(err);
  }
});

app.get('/post', async (req, res, next) => {
  try {
    const post = await posts.get(req.query[posts.keyName]);
    if (!post) return res.status(404).json({ error: `no post ${req.query[posts.keyName]}` });
    res.json(post);
  } catch (err) {
    next(err);
  }
});

app.post('/post', async (req, res, next) => {
  try {
    res.status(201).json(await posts.put(req.body));
  } catch (err) {
    next(err);
  }
});

app.get('/', (req, res) => res.json({ routes: ['GET /posts', `GET /post?${posts.keyName}=1`, 'POST /post'] }));

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: err.message });
});

const port = Number(process.env.PORT || 8080);
app.listen(port, () => console.log(`listening on ${port}`));
