import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from 'helmet';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from './context.js';
import { SESSION_COOKIE, userForApiToken, userForSession } from './accounts/sessions.js';
import { handleError, isApi } from './http/errors.js';
import './http/types.js';
import { siteSecret } from './settings.js';
import { registerRoutes } from './routes.js';
import { constants as zlibConstants } from 'node:zlib';
import { registerHttpCaching } from './ops/http-cache.js';
import { createOps, type Ops } from './ops/ops.js';
import { databaseRateLimitStore } from './ops/rate-limit-store.js';
import { registerOpsRoutes } from './ops/routes.js';
import { requestId } from './ops/request-id.js';
import { trackInFlight } from './ops/inflight.js';
import { createCachedPageServer } from './ops/fast-path.js';
import { createServer } from 'node:http';

export const MAX_BODY_BYTES = 256 * 1024;

/** Builds the HTTP application; nothing here reads the environment. */
export async function createApp(deps: AppDeps & { ops?: Ops }): Promise<FastifyInstance> {
  const { config } = deps;
  // The runtime brings the server's ops (shared with its worker); an app built from bare deps makes its own.
  const ops = deps.ops ?? createOps(deps);
  const cachedPage = createCachedPageServer(ops, SESSION_COOKIE);
  // Typed as the default instance so feature route modules need no logger generics.
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy,
    // Per-request lines only when debugging: on a busy site they drown everything else.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    // A proxy's X-Request-Id is kept (so one id follows a request through every log); else a fresh one.
    requestIdHeader: false,
    genReqId: requestId,
    // Anonymous readers' cached pages are answered before Fastify (ops/fast-path.ts); the rest goes on.
    serverFactory: (handler) =>
      createServer((req, res) => {
        const served = cachedPage(req, res);
        if (served === true) return;
        if (served === false) return handler(req, res);
        void served.then((ok) => ok || handler(req, res));
      }),
  }) as unknown as FastifyInstance;
  app.decorate('siteName', config.siteName);
  app.decorate('publicUrl', config.publicUrl);
  app.decorateRequest('user', null);
  ops.inFlight = trackInFlight(app);

  const secret = await siteSecret(deps.database.db, config.sessionSecret);
  const secure = config.publicUrl.startsWith('https://');
  await app.register(cookie, { secret });
  await app.register(formbody, { bodyLimit: MAX_BODY_BYTES });
  // The security headers are built once. @fastify/helmet called helmet(options) on every request,
  // re-parsing the CSP directives each time; the middleware helmet returns applies the same
  // precomputed headers, so one instance serves every request with identical output.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'upgrade-insecure-requests': secure ? [] : null,
      },
    },
    hsts: secure,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onRequest', (req, reply, next) => securityHeaders(req.raw, reply.raw, (err) => next(err as Error | undefined)));
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure },
  });
  await app.register(rateLimit, {
    global: false,
    // Counters live in the database so a limit holds across every app server.
    store: databaseRateLimitStore(deps.database),
    // Tests and benchmarks turn every limit off with RATE_LIMIT=0.
    allowList: () => !config.rateLimit,
  });
  await app.register(fastifyStatic, {
    root: join(import.meta.dirname, '..', 'public'),
    prefix: '/static/',
    maxAge: '1h',
  });

  // Callback-style: most requests carry neither a token nor a session, and then nothing is awaited.
  app.addHook('onRequest', (req, _reply, next) => {
    if (req.url.startsWith('/static/')) return next();
    let lookup: Promise<Awaited<ReturnType<typeof userForSession>>> | undefined;
    if (isApi(req)) {
      // The API authenticates by bearer token only, never by cookie: that is what makes it safe without CSRF tokens.
      const auth = req.headers.authorization;
      if (auth?.startsWith('Bearer ')) lookup = userForApiToken(deps.database.db, auth.slice(7).trim());
    } else {
      const sid = req.cookies[SESSION_COOKIE];
      if (sid) lookup = userForSession(deps.database.db, sid);
    }
    if (!lookup) return next();
    lookup.then((user) => {
      req.user = user ?? null;
      next();
    }, next);
  });

  // Every form POST is checked before anything else happens (preHandler: the body is parsed by now).
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || isApi(req)) return done();
    app.csrfProtection(req, reply, done);
  });

  // Cached pages are served after authentication (they are for anonymous readers only) and stored before compression.
  registerHttpCaching(app, ops);
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip', 'deflate'],
    // Brotli's default (11) is meant for static files: far too slow per request.
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  app.addHook('onSend', (req, reply, payload, next) => {
    reply.header('x-request-id', req.id);
    // While shutting down, no connection is kept alive after its current response.
    if (ops.draining) reply.header('connection', 'close');
    next(null, payload);
  });
  registerOpsRoutes(app, deps, ops);

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => handleError(Object.assign(new Error('not found'), { statusCode: 404 }), req, reply));

  await registerRoutes(app, deps);
  return app;
}
