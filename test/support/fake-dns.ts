import dns2 from 'dns2';

// A real DNS server on loopback for the domain checks (docs/architecture.md: "a DNS server for the domain
// checks"): node's resolver talks to it over UDP exactly as it would to the practice's router,
// and over TCP on the same port when an answer is too big for UDP (c-ares retries over TCP on
// the truncation bit, to the same port). The test gives the zone; anything not in it is NXDOMAIN.

const { Packet } = dns2;

export interface FakeRecords {
  A?: string[];
  MX?: { exchange: string; priority: number }[];
  /** One entry per TXT record; an array is one record made of several character-strings. */
  TXT?: (string | string[])[];
  /** Answer only after this many milliseconds (a slow but working server). */
  delayMs?: number;
}

/**
 * What the server does for a name: answer with records (a type not listed is NOERROR with no
 * data), or fail the way real servers do. 'timeout' never answers; 'malformed' answers with a
 * TXT record whose length byte runs past the end of the message.
 */
export type FakeEntry = FakeRecords | 'nxdomain' | 'servfail' | 'refused' | 'timeout' | 'malformed';
export type FakeZone = Record<string, FakeEntry>;

export interface FakeDnsServer {
  /** host:port, as HYGIE_DNS_SERVERS and the resolver's `servers` option take it. */
  address: string;
  port: number;
  /** The zone served; tests may change it between calls. */
  zone: FakeZone;
  /** Every question received, lower-cased, in order ("mx cabinet-dupont.fr"). */
  queries: string[];
  close(): Promise<void>;
}

const TYPE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(Packet.TYPE as Record<string, number>).map(([name, code]) => [code, name]),
);

function chunk(text: string): string[] {
  // A character-string holds at most 255 octets (RFC 1035 §3.3): long records are split.
  const bytes = Buffer.from(text, 'utf8');
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 255) parts.push(bytes.subarray(offset, offset + 255).toString('utf8'));
  return parts.length ? parts : [''];
}

function respond(zone: FakeZone, request: InstanceType<typeof Packet>): InstanceType<typeof Packet> | Buffer | null {
  const response = Packet.createResponseFromRequest(request);
  const [question] = request.questions;
  if (!question) {
    response.header.rcode = Packet.RCODE.FORMERR;
    return response;
  }
  const name = question.name.toLowerCase().replace(/\.$/u, '');
  const entry = zone[name];
  if (entry === undefined || entry === 'nxdomain') {
    response.header.rcode = Packet.RCODE.NXDOMAIN;
    return response;
  }
  if (entry === 'timeout') return null;
  if (entry === 'servfail' || entry === 'refused') {
    response.header.rcode = entry === 'servfail' ? Packet.RCODE.SERVFAIL : Packet.RCODE.REFUSED;
    return response;
  }
  const base = { name: question.name, class: Packet.CLASS.IN, ttl: 60 };
  if (entry === 'malformed') {
    response.answers.push({ ...base, type: Packet.TYPE.TXT, data: ['abcd'] } as never);
    const buffer = Buffer.from(response.toBuffer());
    // The message ends with the TXT RDATA: 0x04 'a' 'b' 'c' 'd'. Claim 255 octets instead of 4.
    buffer[buffer.length - 5] = 0xff;
    return buffer;
  }
  const type = TYPE_NAMES[question.type];
  if (type === 'A') for (const address of entry.A ?? []) response.answers.push({ ...base, type: Packet.TYPE.A, address } as never);
  if (type === 'MX')
    for (const mx of entry.MX ?? []) response.answers.push({ ...base, type: Packet.TYPE.MX, exchange: mx.exchange, priority: mx.priority } as never);
  if (type === 'TXT')
    for (const txt of entry.TXT ?? [])
      response.answers.push({ ...base, type: Packet.TYPE.TXT, data: Array.isArray(txt) ? txt : chunk(txt) } as never);
  return response;
}

function listenTcp(server: ReturnType<typeof dns2.createTCPServer>, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onError = () => resolve(false);
    server.once('error', onError);
    server.listen(port, '127.0.0.1');
    server.once('listening', () => {
      server.off('error', onError);
      resolve(true);
    });
  });
}

/** Start the server on 127.0.0.1, UDP and TCP on the same random port. */
export async function startFakeDns(zone: FakeZone = {}): Promise<FakeDnsServer> {
  const queries: string[] = [];
  const state = { zone };
  const handle: dns2.DnsHandler = (request, send) => {
    const [question] = request.questions;
    if (question) queries.push(`${(TYPE_NAMES[question.type] ?? String(question.type)).toLowerCase()} ${question.name.toLowerCase()}`);
    const answer = respond(state.zone, request);
    const name = question?.name.toLowerCase().replace(/\.$/u, '') ?? '';
    const entry = state.zone[name];
    const delay = typeof entry === 'object' ? (entry.delayMs ?? 0) : 0;
    if (answer && delay > 0) setTimeout(() => void send(answer as never), delay).unref();
    else if (answer) void send(answer as never);
  };
  // The UDP port is chosen by the system; TCP must take the same number, which may be taken.
  for (let attempt = 0; attempt < 20; attempt++) {
    const udp = dns2.createUDPServer(handle);
    await udp.listen(0, '127.0.0.1');
    const port = udp.address().port;
    const tcp = dns2.createTCPServer(handle);
    if (!(await listenTcp(tcp, port))) {
      udp.close();
      continue;
    }
    return {
      address: `127.0.0.1:${port}`,
      port,
      get zone() {
        return state.zone;
      },
      set zone(next: FakeZone) {
        state.zone = next;
      },
      queries,
      close: () =>
        new Promise<void>((resolve) => {
          udp.close();
          tcp.close(() => resolve());
          // Open TCP connections (the resolver's) would hold close() back.
          (tcp as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
    };
  }
  throw new Error('fake DNS: no port free for both UDP and TCP');
}
