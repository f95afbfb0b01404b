import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Counts requests whose handler is still working. Closing the HTTP server
 * waits only for open connections: a client that gave up (closed its
 * socket) leaves its handler running, and the database must not be closed
 * under it. onSend runs when the handler has its answer, whether or not the
 * client is still there.
 */
export interface InFlight {
  readonly count: number;
  /** Resolves when no handler is running (or after timeoutMs). */
  settled(timeoutMs: number): Promise<boolean>;
}

export function trackInFlight(app: FastifyInstance): InFlight {
  let count = 0;
  const open = new WeakSet<FastifyRequest>();
  // Callback-style hooks: nothing here waits, and an async hook costs a promise on every request.
  const finished = (req: FastifyRequest) => {
    if (open.delete(req)) count--;
  };
  app.addHook('onRequest', (req, _reply, next) => {
    open.add(req);
    count++;
    next();
  });
  app.addHook('onSend', (req, _reply, payload, next) => {
    finished(req);
    next(null, payload);
  });
  app.addHook('onResponse', (req, _reply, next) => {
    finished(req);
    next();
  });
  return {
    get count() {
      return count;
    },
    async settled(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (count > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return count === 0;
    },
  };
}
