import { ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECT_LINE_PATH, registerLocalDirectLine } from '../../src/server/direct-line/direct-line-routes';
import { LocalDirectLine } from '../../src/server/direct-line/local-direct-line';
import { fetchAjax } from './direct-line-client';

/**
 * Web Chat's own client against the local Direct Line on a bare server, with an echo bot
 * (the real bot is covered in direct-line.test.ts) and a clock the test moves.
 */
let now = 0;
const IDLE_MS = 60_000;
const directLine = new LocalDirectLine(
  async (activity) => {
    // Replies take a varying time, so concurrent conversations interleave on the server.
    await new Promise((r) => setTimeout(r, Math.random() * 30));
    return [{ type: 'message', text: `echo: ${activity.text}` }];
  },
  { idleMs: IDLE_MS, maxConversations: 100, maxActivities: 100, maxBytes: 1_000_000, botName: 'Echo' },
  () => now,
);
const server = restify.createServer();
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({ mapParams: false }));
registerLocalDirectLine(server, directLine);
let domain = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  domain = `http://127.0.0.1:${(server.address() as AddressInfo).port}${DIRECT_LINE_PATH}`;
});
afterAll(() => server.close());

function connect(options: { conversationId?: string; token?: string } = {}) {
  const token = options.token ?? directLine.issueToken().token;
  const client = new DirectLine({ token, conversationId: options.conversationId, domain, webSocket: false, pollingInterval: 200, ajax: fetchAjax } as any);
  const activities: any[] = [];
  const statuses: ConnectionStatus[] = [];
  const errors: Error[] = [];
  const subscriptions = [
    client.activity$.subscribe({ next: (a) => activities.push(a), error: (e: Error) => errors.push(e) }),
    client.connectionStatus$.subscribe((s) => statuses.push(s)),
  ];
  const send = (text: string) =>
    new Promise<string>((resolve, reject) => client.postActivity({ type: 'message', text, from: { id: 'someone' } } as any).subscribe({ next: resolve, error: reject }));
  const close = () => {
    subscriptions.forEach((s) => s.unsubscribe());
    client.end();
  };
  return { client, activities, statuses, errors, send, close };
}

async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 8_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('botframework-directlinejs against the local Direct Line', () => {
  it('runs two conversations at once, each seeing only its own activities, in order', async () => {
    const [a, b] = [connect(), connect()];
    await Promise.all([
      (async () => {
        await a.send('a1');
        await a.send('a2');
      })(),
      (async () => {
        await b.send('b1');
        await b.send('b2');
      })(),
    ]);
    await until(() => a.activities.length >= 4 && b.activities.length >= 4, 'both conversations');
    expect(a.activities.map((x) => x.text)).toEqual(['a1', 'echo: a1', 'a2', 'echo: a2']);
    expect(b.activities.map((x) => x.text)).toEqual(['b1', 'echo: b1', 'b2', 'echo: b2']);
    expect(a.activities[0].conversation.id).not.toBe(b.activities[0].conversation.id);
    a.close();
    b.close();
  });

  it('resumes an existing conversation from its start when given its id', async () => {
    const first = connect();
    await first.send('hello');
    await until(() => first.activities.length >= 2, 'the echo');
    const { conversationId, token } = first.client as unknown as { conversationId: string; token: string };
    first.close();
    const again = connect({ conversationId, token });
    await until(() => again.activities.length >= 2, 'the history');
    expect(again.activities.map((x) => x.text)).toEqual(['hello', 'echo: hello']);
    again.close();
  });

  it('fails to connect to an unknown conversation', async () => {
    const client = connect({ conversationId: 'no-such-conversation' });
    await until(() => client.statuses.includes(ConnectionStatus.FailedToConnect), 'FailedToConnect');
    expect(client.activities).toEqual([]);
    client.close();
  });

  it('ends the conversation for the client once it has expired on the server', async () => {
    const client = connect();
    await client.send('still there?');
    await until(() => client.activities.length >= 2, 'the echo');
    now += IDLE_MS + 1;
    await until(() => client.statuses.includes(ConnectionStatus.Ended), 'Ended');
    await until(() => client.errors.length > 0, 'the activity stream to end');
    expect(client.errors[0]!.message).toBe('conversation ended');
    client.close();
  });
});
