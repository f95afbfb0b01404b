import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../db/schema.js';
import { forbidden } from '../errors.js';
import { requireSignIn } from '../http/page-context.js';
import { t } from '../i18n/index.js';

/**
 * Staff pages: anonymous visitors are sent to sign in (and back); a signed-in
 * user without the role gets 403. The services check the same policy again.
 */
export function requireStaff(req: FastifyRequest, reply: FastifyReply, allowed: (user: User | null) => boolean): boolean {
  if (!requireSignIn(req, reply)) return false;
  if (!allowed(req.user)) throw forbidden(t.errors.forbidden);
  return true;
}

/** Form fields arrive as strings (or not at all); anything else is treated as missing. */
export type Form = Record<string, string | undefined>;
export const formOf = (body: unknown): Form => (body && typeof body === 'object' ? (body as Form) : {});
