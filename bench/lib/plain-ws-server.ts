// The baseline of bench:realtime: a bare `ws` server (no authentication, no hub, no database) holding
// the same number of sockets. POST /broadcast?round=N sends {"round":N} to every socket.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/broadcast') {
    const frame = JSON.stringify({ round: Number(url.searchParams.get('round')) });
    for (const ws of wss.clients) ws.send(frame);
    res.end('ok');
  } else res.end('plain');
});
const wss = new WebSocketServer({ server, perMessageDeflate: false });
server.listen(Number(process.env.PORT), '127.0.0.1');
