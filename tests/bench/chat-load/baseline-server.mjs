// The baseline: a raw Socket.IO relay of the same version as Haven's, doing the least a chat
// server can do — join a room, pass each message to the others in it, acknowledge. No store,
// no checks. Haven's figures are read against it, measured in the same run on the same machine.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (room, ack) => {
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('chat', ({ room, text }, ack) => {
    socket.to(room).emit('msg', text);
    ack({ ok: true });
  });
});
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${http.address().port}\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
