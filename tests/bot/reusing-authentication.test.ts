import { describe, expect, it } from 'vitest';
import { ReusingBotFrameworkAuthentication } from '../../src/bot/reusing-authentication';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'test', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }) as never;

describe('connector clients are reused across turns, per caller and service URL', () => {
  const auth = new ReusingBotFrameworkAuthentication({});

  it('gives the same client for the same service URL, and another for another URL', async () => {
    const first = await auth.authenticateRequest(activity('http://127.0.0.1:9/a'), '');
    const second = await auth.authenticateRequest(activity('http://127.0.0.1:9/a'), '');
    const a1 = await first.connectorFactory!.create('http://127.0.0.1:9/a');
    const a2 = await second.connectorFactory!.create('http://127.0.0.1:9/a');
    const b = await second.connectorFactory!.create('http://127.0.0.1:9/b');
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect((b as unknown as { baseUri: string }).baseUri).toBe('http://127.0.0.1:9/b');
  });

  it('reuses the user token client for the same caller', async () => {
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:9/a'), '');
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(await auth.createUserTokenClient(claimsIdentity));
  });

  it('still refuses a request without a token when an app id is configured', async () => {
    const secured = new ReusingBotFrameworkAuthentication({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' });
    await expect(secured.authenticateRequest(activity('http://127.0.0.1:9/a'), '')).rejects.toThrow(/Unauthorized/);
  });
});
