/**
 * Baseline (c) for the HTTP benchmark: restify with the same body parser and a handler that returns a
 * fixed JSON reply, so the HTTP stack's own cost is known. Prints {"port":N} once listening.
 */
import restify from 'restify';

const reply = {
  activities: [{ type: 'message', text: 'ok' }],
};

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (_req, res) => {
  res.send(200, reply);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as { port: number }).port }));
});

// Exit normally on SIGTERM so --cpu-prof can write its profile.
process.on('SIGTERM', () => process.exit(0));
