import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Freshness } from './freshness.js';
import { etagOf, type PageCache } from './page-cache.js';

/*
 * HTTP caching for readers:
 * - anonymous HTML gets an ETag (and, from the page cache, Last-Modified),
 *   304 on a matching conditional request, and a Cache-Control that lets
 *   browsers and proxies keep it but revalidate (cheap: a 304 from memory);
 * - anything for a signed-in user, or that sets a cookie, or carries a CSRF
 *   token, is `private, no-store` and is never put in the page cache;
 * - question, department and home pages for anonymous readers are served
 *   from the in-process page cache, checked against the database's content
 *   version first (Freshness), so a change anywhere is never served stale.
 */
export const ANONYMOUS_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';
const VARY = 'Accept-Encoding, Cookie';

interface CacheState {
  key?: string;
  questionId?: number;
  listing?: boolean;
  epoch?: number;
  hit?: boolean;
}

const state = new WeakMap<FastifyRequest, CacheState>();

/** The cache key of a page anonymous readers may be served from the cache, or undefined. */
export function cacheableKey(url: string): { key: string; questionId?: number; listing: boolean } | undefined {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  if (path === '/' || path === '/departments') return query ? undefined : { key: path, listing: true };
  const question = /^\/questions\/(\d{1,10})(?:\/[^/]*)?$/.exec(path);
  if (question) return query ? undefined : { key: path, questionId: Number(question[1]), listing: false };
  if (/^\/departments\/[a-z0-9-]{1,80}$/.test(path) && (query === '' || /^page=\d{1,6}$/.test(query))) return { key: url, listing: true };
  return undefined;
}

export function notModified(req: { headers: FastifyRequest['headers'] }, etag: string, lastModified?: string): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.split(',').some((t) => t.trim() === etag || t.trim() === '*');
  const ims = req.headers['if-modified-since'];
  if (ims && lastModified) {
    const since = Date.parse(ims);
    return Number.isFinite(since) && Date.parse(lastModified) <= since;
  }
  return false;
}

// Set per response (or by the fast path itself); everything else (helmet's security headers) is replayed.
const PER_RESPONSE = new Set(['set-cookie', 'content-length', 'content-encoding', 'content-type', 'etag', 'last-modified', 'x-request-id', 'x-page-cache', 'cache-control', 'vary', 'date', 'connection', 'transfer-encoding', 'keep-alive']);

function replayableHeaders(reply: FastifyReply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || PER_RESPONSE.has(name.toLowerCase())) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

function isHtml(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('text/html');
}

/** Registers the hooks. Call after the authentication hook (it needs req.user) and before compression. */
export function registerHttpCaching(app: FastifyInstance, deps: { pageCache: PageCache; freshness: Freshness }) {
  const { pageCache, freshness } = deps;

  /** Looks the page up once the caches are current; true when it answered the request itself. */
  const serveFromCache = (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (req.user) return false;
    const c = cacheableKey(req.url);
    if (!c) return false;
    const page = pageCache.get(c.key);
    if (!page) {
      state.set(req, { ...c, epoch: pageCache.epoch });
      return false;
    }
    state.set(req, { hit: true });
    reply.header('cache-control', ANONYMOUS_CACHE_CONTROL).header('vary', VARY).header('etag', page.etag).header('last-modified', page.lastModified).header('x-page-cache', 'hit');
    if (notModified(req, page.etag, page.lastModified)) {
      reply.code(304).send();
      return true;
    }
    const { body, encoding } = pageCache.encoded(page, req.headers['accept-encoding']);
    if (encoding) reply.header('content-encoding', encoding);
    reply.type(page.contentType).send(body);
    return true;
  };

  // Callback-style: the version check is usually answered synchronously (SQLite), and an async
  // hook would cost a promise per request for nothing. A hook that answers does not call next().
  app.addHook('onRequest', (req, reply, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.url.startsWith('/static/')) return next();
    // Whoever wrote last (this server, another, the CLI), this request sees it.
    let fresh: Promise<void> | void;
    try {
      fresh = freshness.ensureFresh();
    } catch (err) {
      return next(err as Error);
    }
    const then = () => {
      let answered: boolean;
      try {
        answered = serveFromCache(req, reply);
      } catch (err) {
        return next(err as Error);
      }
      if (!answered) next();
    };
    if (fresh instanceof Promise) fresh.then(then, next);
    else then();
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return payload;
    const s = state.get(req);
    if (s?.hit || !isHtml(reply)) return payload;
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload : undefined;
    if (req.user || reply.getHeader('set-cookie') || body === undefined || body.includes('name="_csrf"')) {
      reply.header('cache-control', PRIVATE_CACHE_CONTROL);
      return payload;
    }
    if (reply.statusCode !== 200) return payload;
    reply.header('vary', VARY).header('cache-control', ANONYMOUS_CACHE_CONTROL);
    // Encoded once: the same bytes are stored, hashed and sent (Fastify would encode a string again).
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    let etag: string;
    let lastModified: string | undefined;
    const stored =
      s?.key && req.method === 'GET'
        ? pageCache.set(s.key, bytes, String(reply.getHeader('content-type')), {
            epochAtStart: s.epoch!,
            listing: !!s.listing,
            questionId: s.questionId,
            headers: replayableHeaders(reply),
            text: typeof body === 'string' ? body : undefined,
          })
        : undefined;
    if (stored) {
      etag = stored.etag;
      lastModified = stored.lastModified;
      reply.header('last-modified', lastModified).header('x-page-cache', 'miss');
    } else etag = etagOf(bytes);
    reply.header('etag', etag);
    if (notModified(req, etag, lastModified)) {
      reply.code(304);
      return '';
    }
    return bytes;
  });
}
