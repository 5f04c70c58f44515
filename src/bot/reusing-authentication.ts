import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';
import { LruCache } from '../core/lru-cache';

/** Distinct callers and channel service URLs remembered; in practice there are a handful. */
const KEEP = 200;
/** The claims that decide which credentials a client carries. */
const IDENTITY_CLAIMS = new Set(['aud', 'appid', 'azp', 'ver', 'iss']);

/**
 * The stock authentication builds a new ConnectorClient and UserTokenClient, each a full HTTP
 * pipeline with its credentials, on every turn: the largest single cost of a turn. This keeps
 * them per caller identity, audience and service URL, as the SDK's older BotFrameworkAdapter
 * kept its connector clients. Every request is still authenticated.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LruCache<string, Promise<ConnectorClient>>(KEEP);
  private readonly tokenClients = new LruCache<string, Promise<UserTokenClient>>(KEEP);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    if (factory) {
      const identity = identityKey(result.claimsIdentity);
      const reusing: ConnectorFactory = {
        create: (serviceUrl: string, audience?: string) =>
          reuse(this.connectors, `${identity}|${audience ?? ''}|${serviceUrl}`, () => factory.create(serviceUrl, audience)),
      };
      result.connectorFactory = reusing;
    }
    return result;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return reuse(this.tokenClients, identityKey(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

function identityKey(identity: ClaimsIdentity | undefined): string {
  if (!identity) return 'none';
  const claims = identity.claims.filter((c) => IDENTITY_CLAIMS.has(c.type)).map((c) => `${c.type}=${c.value}`);
  return `${identity.isAuthenticated}|${claims.sort().join('&')}`;
}

/** The cached client for `key`, made once; a failed attempt is forgotten so the next turn retries. */
function reuse<T>(cache: LruCache<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let client = cache.get(key);
  if (!client) {
    client = make();
    cache.set(key, client);
    client.catch(() => cache.delete(key));
  }
  return client;
}
