import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
// A request id only has to tell log lines apart, across servers too: a random prefix per process and a
// counter. Drawing random bytes for every request cost about 2% of a search request's CPU.
const PROCESS_PREFIX = randomBytes(4).toString('base64url');
let counter = 0;

/** The request id for logs: the reverse proxy's X-Request-Id when it looks sane (never raw input in logs), else this process's next one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : `${PROCESS_PREFIX}-${(++counter).toString(36)}`;
}
