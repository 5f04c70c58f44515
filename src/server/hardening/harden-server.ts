import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logger';
import { RateLimiter } from './rate-limiter';

export interface HardeningOptions {
  /** Requests per second per client address on the web routes (page, token, Direct Line); 0 turns it off. */
  clientRatePerSecond: number;
  /** Messages per second per conversation on /api/messages; 0 turns it off. */
  conversationRatePerSecond: number;
  production: boolean;
  logger: Logger;
}

/**
 * Headers, limits and request logging for every route. /api/messages is limited per
 * conversation, not per address: in production all of it comes from Microsoft's channel
 * service, from a handful of addresses.
 */
export function hardenServer(server: Server, options: HardeningOptions): void {
  const clients = new RateLimiter(options.clientRatePerSecond, options.clientRatePerSecond * 3);
  const conversations = new RateLimiter(options.conversationRatePerSecond, options.conversationRatePerSecond * 3);

  // Slow or stalled clients must not hold sockets open.
  server.server.headersTimeout = 10_000;
  server.server.requestTimeout = 30_000;
  server.server.keepAliveTimeout = 5_000;

  server.pre((req: Request, res: Response, next: () => void) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    res.header('X-Frame-Options', 'SAMEORIGIN');
    if (options.production) res.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const path = req.path();
    if (path !== '/api/messages' && !path.startsWith('/healthz') && !path.startsWith('/readyz')) {
      if (!clients.take(req.socket.remoteAddress ?? 'unknown')) return tooMany(res);
    }
    next();
  });

  // After the body is parsed: the conversation id is known.
  server.use((req: Request, res: Response, next: () => void) => {
    if (req.path() === '/api/messages') {
      const conversation = (req.body as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
      if (typeof conversation === 'string' && !conversations.take(conversation)) return tooMany(res);
    }
    next();
  });

  // One line per request, with its id; never the body (health data). These fixed fields hold no
  // secrets, so this line skips the redaction pass, which would more than double its cost.
  // Web Chat polls for new activities every second or so: those lines are debug, unless they fail.
  const requestLog = options.logger.child({}, { redact: [] });
  server.on('after', (req: Request, res: Response) => {
    const line = { reqId: req.id(), method: req.method, path: req.path(), status: res.statusCode, ms: Date.now() - req.time() };
    if (req.method === 'GET' && res.statusCode < 400 && POLLING.test(line.path)) requestLog.debug(line, 'request');
    else requestLog.info(line, 'request');
  });
}

/** Web Chat's Direct Line polling: GET .../conversations/:id/activities (local or proxied). */
const POLLING = /\/conversations\/[^/]+\/activities$/;

function tooMany(res: Response): void {
  res.header('Retry-After', '1');
  res.send(429, { error: 'Too many requests. Please slow down and try again in a moment.' });
}
