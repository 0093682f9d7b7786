// express answers /images by asking the python container, over localhost.
const express = require('express');

const app = express();
const pythonHost = process.env.PYTHON_HOST || 'localhost';

app.get('/images', async (req, res, next) => {
  try {
    const upstream = await fetch(`http://${pythonHost}:5000/images`);
    res.status(upstream.status).send(await upstream.text());
  } catch (err) {
    next(err);
  }
});

app.get('/', (req, res) => res.json({ routes: ['GET /images'] }));

const port = Number(process.env.PORT || 8080);
app.listen(port, () => console.log(`listening on ${port}`));
