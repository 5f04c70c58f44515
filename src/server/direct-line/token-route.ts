import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { Logger } from '../../logger';
import type { LocalDirectLine } from './local-direct-line';

/** Azure Bot Service's global Direct Line; regional ones (e.g. europe.directline...) keep data in a region. */
export const AZURE_DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

export interface TokenRouteOptions {
  /** Local mode: tokens for our own Direct Line. */
  local?: LocalDirectLine;
  /** Production: the Direct Line channel secret, which never leaves the server. */
  directLineSecret?: string;
  /** Production: Azure's Direct Line the secret belongs to; the token is exchanged there and the page talks to it. */
  directLineDomain?: string;
  fetchImpl?: typeof fetch;
  /** Other websites whose own Web Chat may ask for a token (CORS); see WEBCHAT_EMBED_ORIGINS. */
  allowedOrigins?: string[];
  logger: Logger;
}

/**
 * GET /api/directline/token gives the web chat page a short-lived token. The page never sees
 * the Direct Line secret: in production the server trades it for a token.
 */
export function registerTokenRoute(server: Server, options: TokenRouteOptions): void {
  const fetchImpl = options.fetchImpl ?? fetch;
  const domain = options.directLineDomain ?? AZURE_DIRECT_LINE;
  const allowed = new Set(options.allowedOrigins ?? []);
  server.get('/api/directline/token', async (req, res) => {
    res.header('Cache-Control', 'no-store');
    res.header('Vary', 'Origin');
    const origin = req.header('origin');
    if (origin && allowed.has(origin)) res.header('Access-Control-Allow-Origin', origin);
    if (options.local) {
      res.send(200, { ...options.local.issueToken(), local: true });
      return;
    }
    if (!options.directLineSecret) {
      res.send(503, { error: 'Web chat is not configured on this server (DIRECT_LINE_SECRET is not set).' });
      return;
    }
    try {
      const response = await fetchImpl(`${domain}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.directLineSecret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: `dl_${randomUUID()}` } }),
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) throw new Error(`Direct Line answered ${response.status}`);
      const body = (await response.json()) as { token?: string; expires_in?: number };
      if (!body.token) throw new Error('Direct Line answered without a token');
      res.send(200, { token: body.token, expires_in: body.expires_in ?? 1800, local: false, domain });
    } catch (error) {
      options.logger.error({ err: { message: (error as Error).message } }, 'could not get a Direct Line token');
      res.send(502, { error: 'Web chat is unavailable right now. Please try again in a moment.' });
    }
  });
}
