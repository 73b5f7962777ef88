'use strict';
// Preloaded (`node -r`) into the local Fluid service (tinylicious, started by
// workbench/src/live-share/fluid-service.ts). tinylicious 0.4 calls `httpServer.listen(port)`
// with no host, which listens on every interface (node_modules/tinylicious/dist/runner.js, "Listen
// on provided port, on all network interfaces"), and has no setting for the address. This makes
// any listen() given a port but no host listen on 127.0.0.1 only, so the service is reachable from
// this machine alone, as the workbench is.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const host = args[1];
    if (typeof host !== 'string') args.splice(1, 0, '127.0.0.1');
    else if (host !== '127.0.0.1' && host !== 'localhost') args[1] = '127.0.0.1';
  } else if (first !== null && typeof first === 'object' && !Array.isArray(first) && first.port !== undefined && first.path === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};

// Started with an IPC channel by fluid-service.ts: when the workbench process ends, however it
// ends (kill -9 included), the channel closes and the service ends with it.
if (typeof process.send === 'function') {
  process.on('disconnect', () => process.exit(0));
}
