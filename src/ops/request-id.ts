import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request id for logs: the reverse proxy's X-Request-Id when it looks sane (never raw input in logs), else a random one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomBytes(6).toString('base64url');
}
