import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  path: string;
  activity: { type?: string; text?: string; conversation?: { id?: string }; suggestedActions?: unknown; attachments?: unknown[] };
}

/**
 * A stand-in for a channel's service (Teams', Web Chat's Direct Line): the serviceUrl a
 * proactive message is posted to. It keeps what it receives and answers as the channel does.
 */
export async function startChannelService(): Promise<{ url: string; received: ReceivedActivity[]; waitFor(count: number, ms?: number): Promise<ReceivedActivity[]>; close(): Promise<void> }> {
  const received: ReceivedActivity[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      try {
        received.push({ path: req.url ?? '', activity: JSON.parse(body || '{}') });
      } catch {
        received.push({ path: req.url ?? '', activity: {} });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    received,
    async waitFor(count, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return received;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
