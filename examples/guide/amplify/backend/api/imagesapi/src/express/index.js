// express calls python over localhost: both run in one Fargate task.
const http = require('node:http');

http
  .createServer((req, res) => {
    if (req.url !== '/images') {
      res.end('try /images');
      return;
    }
    http.get({ host: 'localhost', port: 5000, path: '/images' }, (up) => up.pipe(res));
  })
  .listen(8080);
