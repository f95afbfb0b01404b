import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ops } from './ops.js';
import { ANONYMOUS_CACHE_CONTROL, cacheableKey, notModified } from './http-cache.js';
import { requestId } from './request-id.js';

/**
 * Serves cached pages to anonymous readers straight from the HTTP server,
 * before Fastify: no routing, hooks or plugins, just the content-version
 * check and the stored bytes with the headers the full pipeline produced
 * when the page was rendered. Anything else, and any request carrying a
 * session cookie (it may belong to a signed-in user), goes to Fastify, which
 * also serves cache hits for requests it authenticates as anonymous.
 * Returns false when the request is not for it.
 */
export function createCachedPageServer(ops: Ops, sessionCookie: string) {
  const { pageCache, freshness, metrics } = ops;
  const sessionMarker = `${sessionCookie}=`;

  function respond(req: IncomingMessage, res: ServerResponse, key: string, started: bigint): boolean {
    const page = pageCache.peek(key);
    if (!page) return false;
    pageCache.get(key); // counts the hit, keeps it recently used
    res.setHeader('x-request-id', requestId(req));
    for (const name in page.headers) res.setHeader(name, page.headers[name]);
    res.setHeader('cache-control', ANONYMOUS_CACHE_CONTROL);
    res.setHeader('vary', 'Accept-Encoding, Cookie');
    res.setHeader('etag', page.etag);
    res.setHeader('last-modified', page.lastModified);
    res.setHeader('x-page-cache', 'hit');
    let status = 200;
    if (notModified(req, page.etag, page.lastModified)) {
      status = 304;
      res.writeHead(304).end();
    } else {
      const { body, encoding } = pageCache.encoded(page, req.headers['accept-encoding']);
      if (encoding) res.setHeader('content-encoding', encoding);
      res.setHeader('content-type', page.contentType);
      res.setHeader('content-length', body.length);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : body);
    }
    metrics.requestDuration.observe({ method: req.method!, route: 'page cache', status: String(status) }, Number(process.hrtime.bigint() - started) / 1e9);
    return true;
  }

  return function serve(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || ops.draining) return false;
    if (req.headers.cookie?.includes(sessionMarker)) return false;
    const c = cacheableKey(req.url ?? '');
    if (!c || !pageCache.peek(c.key)) return false;
    const started = process.hrtime.bigint();
    try {
      const fresh = freshness.ensureFresh();
      if (fresh instanceof Promise) return fresh.then(() => respond(req, res, c.key, started), () => false);
      return respond(req, res, c.key, started);
    } catch {
      return false;
    }
  };
}
