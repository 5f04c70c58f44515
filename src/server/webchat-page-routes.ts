import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../project-root';
import { AZURE_DIRECT_LINE } from './direct-line/token-route';

const gzipAsync = promisify(gzip);

interface StaticFile {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  cache: string;
  etag: string;
}

/**
 * The page's security policy: only our own scripts run; Web Chat needs inline styles (it
 * injects them), and in production it talks to Azure's Direct Line. Only this site, and the
 * websites named in WEBCHAT_EMBED_ORIGINS, may show the page in a frame.
 */
const contentSecurityPolicy = (embedOrigins: string[], directLineDomain: string) => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${new URL(directLineDomain).origin} wss://${new URL(directLineDomain).host}`,
  ["frame-ancestors 'self'", ...embedOrigins].join(' '),
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const PAGE_FILES: Record<string, [file: string, type: string]> = {
  '/': ['public/index.html', 'text/html; charset=utf-8'],
  '/webchat-page.js': ['public/webchat-page.js', 'text/javascript; charset=utf-8'],
  '/webchat-page.css': ['public/webchat-page.css', 'text/css; charset=utf-8'],
  '/avatar.svg': ['public/avatar.svg', 'image/svg+xml'],
  // The official Web Chat bundle, served by us: no CDN.
  '/webchat.js': ['node_modules/botframework-webchat/dist/webchat.js', 'text/javascript; charset=utf-8'],
  // React, loaded before the bundle, which then uses it (Web Chat's documented way to bring your
  // own React): the page draws the feedback row as a component of its own.
  '/react.js': ['node_modules/react/umd/react.production.min.js', 'text/javascript; charset=utf-8'],
  '/react-dom.js': ['node_modules/react-dom/umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'],
};

export interface WebChatPageOptions {
  /** Websites allowed to embed the page in an iframe. */
  embedOrigins?: string[];
  /** Azure's Direct Line the page talks to in production. */
  directLineDomain?: string;
}

/** Serves the web chat page and the Web Chat bundle, compressed, from memory, with ETags. */
export function registerWebChatPage(server: Server, { embedOrigins = [], directLineDomain = AZURE_DIRECT_LINE }: WebChatPageOptions = {}): void {
  const root = projectRoot();
  const policy = contentSecurityPolicy(embedOrigins, directLineDomain);
  const cache = new Map<string, Promise<StaticFile>>();
  // Read and compress on first request: the bundle is 4 MB and most processes never serve it.
  // Compressing it takes ~0.1 s of CPU, done off the event loop so bot turns are not held up.
  const load = (path: string): Promise<StaticFile> => {
    let file = cache.get(path);
    if (!file) {
      const [relative, type] = PAGE_FILES[path]!;
      const body = readFileSync(join(root, relative));
      // The bundle changes only with an upgrade: cached for a day; our own files are revalidated.
      const cacheControl = path.startsWith('/react') || path === '/webchat.js' ? 'public, max-age=86400' : 'no-cache';
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      file = gzipAsync(body).then((gzipped) => ({ type, body, gzipped, cache: cacheControl, etag }));
      cache.set(path, file);
    }
    return file;
  };
  for (const path of Object.keys(PAGE_FILES)) {
    server.get(path, async (req: Request, res: Response) => {
      const file = await load(path);
      // X-Frame-Options cannot name other sites; the policy's frame-ancestors does.
      if (embedOrigins.length > 0) res.removeHeader('X-Frame-Options');
      if (req.header('if-none-match') === file.etag) {
        res.writeHead(304, { ETag: file.etag, 'Cache-Control': file.cache, Vary: 'Accept-Encoding' });
        res.end();
        return;
      }
      const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
      res.writeHead(200, {
        'Content-Type': file.type,
        'Cache-Control': file.cache,
        'Content-Security-Policy': policy,
        ETag: file.etag,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? file.gzipped : file.body);
    });
  }
}
