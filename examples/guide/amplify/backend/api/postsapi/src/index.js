// A minimal HTTP server: the starter templates (dockstack add api) are richer.
const http = require('node:http');

const port = Number(process.env.PORT || 8080);
http
  .createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ table: process.env.STORAGE_POSTS_NAME || null, path: req.url }));
  })
  .listen(port, () => console.log(`listening on ${port}`));
