// A Pwned Passwords range server for the bench, in a process of its own: every answer is built
// once at start (about 900 lines per prefix, count-0 padding mixed in when `Add-Padding: true`, as
// the service does), so serving costs next to nothing and the figure measures the clients, not
// the server. Prints its base URL, then serves until its parent closes its standard input.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const passwords = Number(process.argv[2] ?? 0);
const ranges = new Map<string, { padded: string; plain: string }>();
const byPrefix = new Map<string, string[]>();
for (let index = 0; index < passwords; index += 1) {
  const hash = createHash('sha1').update(`bench-password-${index}`).digest('hex').toUpperCase();
  // Every other password is pwned, its count its index + 1.
  const lines = byPrefix.get(hash.slice(0, 5)) ?? [];
  if (index % 2 === 0) lines.push(`${hash.slice(5)}:${index + 1}`);
  byPrefix.set(hash.slice(0, 5), lines);
}
for (const [prefix, pwned] of byPrefix) {
  const real = [...pwned];
  const padding: string[] = [];
  for (let line = 0; line < 450; line += 1) real.push(`${randomBytes(18).toString('hex').toUpperCase().slice(0, 35)}:${1 + line}`);
  for (let line = 0; line < 450; line += 1) padding.push(`${randomBytes(18).toString('hex').toUpperCase().slice(0, 35)}:0`);
  ranges.set(prefix, { plain: real.sort().join('\r\n'), padded: [...real, ...padding].sort().join('\r\n') });
}

const server = createServer((request, response) => {
  const prefix = /^\/range\/([0-9A-Fa-f]{5})(?:\?.*)?$/u.exec(request.url ?? '')?.[1]?.toUpperCase();
  const range = prefix ? ranges.get(prefix) : undefined;
  if (!range) return void response.writeHead(404).end();
  const padded = String(request.headers['add-padding']).toLowerCase() === 'true';
  response.writeHead(200, { 'content-type': 'text/plain' }).end(padded ? range.padded : range.plain);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
