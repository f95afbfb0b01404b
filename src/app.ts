import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from './context.js';
import { SESSION_COOKIE, userForApiToken, userForSession } from './accounts/sessions.js';
import { handleError, isApi } from './http/errors.js';
import './http/types.js';
import { siteSecret } from './settings.js';
import { registerRoutes } from './routes.js';

export const MAX_BODY_BYTES = 256 * 1024;

/** Builds the HTTP application; nothing here reads the environment. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  // Typed as the default instance so feature route modules need no logger generics.
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy,
    // Per-request lines only when debugging: on a busy site they drown everything else.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    genReqId: () => Math.random().toString(36).slice(2, 10),
  }) as unknown as FastifyInstance;
  app.decorate('siteName', config.siteName);
  app.decorate('publicUrl', config.publicUrl);
  app.decorateRequest('user', null);

  const secret = await siteSecret(deps.database.db, config.sessionSecret);
  const secure = config.publicUrl.startsWith('https://');
  await app.register(cookie, { secret });
  await app.register(formbody, { bodyLimit: MAX_BODY_BYTES });
  await app.register(helmet, {
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
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure },
  });
  await app.register(rateLimit, {
    global: false,
    // Tests and benchmarks turn every limit off with RATE_LIMIT=0.
    allowList: () => !config.rateLimit,
  });
  await app.register(fastifyStatic, {
    root: join(import.meta.dirname, '..', 'public'),
    prefix: '/static/',
    maxAge: '1h',
  });

  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/static/')) return;
    if (isApi(req)) {
      // The API authenticates by bearer token only, never by cookie: that is what makes it safe without CSRF tokens.
      const auth = req.headers.authorization;
      if (auth?.startsWith('Bearer ')) req.user = (await userForApiToken(deps.database.db, auth.slice(7).trim())) ?? null;
      return;
    }
    const sid = req.cookies[SESSION_COOKIE];
    if (sid) req.user = (await userForSession(deps.database.db, sid)) ?? null;
  });

  // Every form POST is checked before anything else happens (preHandler: the body is parsed by now).
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || isApi(req)) return done();
    app.csrfProtection(req, reply, done);
  });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => handleError(Object.assign(new Error('not found'), { statusCode: 404 }), req, reply));

  await registerRoutes(app, deps);
  return app;
}
