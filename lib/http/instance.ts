// Which app process answered: server.ts names itself (INSTANCE_ID) in this header on every response and
// Socket.IO handshake, so an operator or a test behind nginx can tell the instances apart.
export const INSTANCE_HEADER = "X-Instance";
