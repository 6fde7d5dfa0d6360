// Preloaded with `node --import` (through NODE_OPTIONS, so child processes and worker threads of
// the process get it too) into code that must never touch the network: every way Node opens a TCP
// or TLS socket, looks up a name or makes an HTTP request is replaced by one that writes down what
// was tried (NETWORK_GUARD_LOG, one JSON object a line) and throws. A Unix socket or pipe given by
// path stays allowed: it never leaves the machine (tsx talks to its own child over one).
// NETWORK_GUARD_LOADED gets one line per process or thread the guard was loaded into, so a test
// can tell the guard was there at all.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import { isMainThread, threadId } from 'node:worker_threads';

const DNS_FUNCTIONS = /^(lookup|lookupService|reverse|resolve\w*)$/;

function refuse(what, target) {
  const entry = { what, target: String(target), pid: process.pid, threadId, stack: new Error().stack };
  if (process.env.NETWORK_GUARD_LOG) appendFileSync(process.env.NETWORK_GUARD_LOG, `${JSON.stringify(entry)}\n`);
  throw new Error(`The network guard refused ${what} to ${target}: nothing here may reach the network.`);
}

/** net's own callers pass [options, callback] as one array; users pass (options | path | port, …). */
function connectTarget(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { pipe: first };
  if (first && typeof first === 'object' && typeof first.path === 'string') return { pipe: first.path };
  if (first && typeof first === 'object') return { host: `${first.host ?? 'localhost'}:${first.port}` };
  return { host: `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${first}` };
}

function guardConnect(owner, name, what) {
  const original = owner[name];
  owner[name] = function guardedConnect(...args) {
    const target = connectTarget(args);
    if (target.pipe !== undefined) return original.apply(this, args);
    return refuse(what, target.host);
  };
}

function guardAll(owner, label, pattern) {
  for (const name of Object.keys(owner)) {
    if (typeof owner[name] === 'function' && pattern.test(name)) owner[name] = (target) => refuse(`${label}.${name}`, target);
  }
}

guardConnect(net.Socket.prototype, 'connect', 'net.Socket#connect');
guardConnect(net, 'connect', 'net.connect');
guardConnect(net, 'createConnection', 'net.createConnection');
guardConnect(tls, 'connect', 'tls.connect');
guardAll(dns, 'dns', DNS_FUNCTIONS);
guardAll(dns.promises, 'dns.promises', DNS_FUNCTIONS);
guardAll(dns.Resolver.prototype, 'dns.Resolver', DNS_FUNCTIONS);
guardAll(dns.promises.Resolver.prototype, 'dns.promises.Resolver', DNS_FUNCTIONS);
for (const [label, module] of [
  ['http', http],
  ['https', https],
]) {
  module.request = (target) => refuse(`${label}.request`, target?.href ?? target?.host ?? target);
  module.get = (target) => refuse(`${label}.get`, target?.href ?? target?.host ?? target);
}
globalThis.fetch = async (target) => refuse('fetch', target?.url ?? target);
// `import { lookup } from 'node:dns'` must see the guarded functions too.
syncBuiltinESMExports();

if (process.env.NETWORK_GUARD_LOADED) {
  appendFileSync(process.env.NETWORK_GUARD_LOADED, `${JSON.stringify({ pid: process.pid, threadId, mainThread: isMainThread })}\n`);
}
