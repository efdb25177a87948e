// The baseline of `npm run bench:scale`: a bare Node HTTP server in a process of its own, as the
// browser shell is, answering `POST /echo/<key>` with bytes stored beforehand by `PUT /echo/<key>`
// (untimed). What the shell adds on top of this is its own cost: token, validation, the service,
// JSON, headers. Prints `echo ready <port>` once listening.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const payloads = new Map<string, Buffer>();

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const key = (req.url ?? '').replace(/^\/echo\//, '');
    if (req.method === 'PUT') {
      payloads.set(key, Buffer.concat(chunks));
      res.statusCode = 204;
      res.end();
      return;
    }
    const body = payloads.get(key) ?? Buffer.from('null');
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', body.length);
    res.end(body);
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`echo ready ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
