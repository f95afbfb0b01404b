import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../db/schema.js';

export interface ViewCtx {
  user: User | null;
  /** A CSRF token for forms on this page (created lazily: anonymous pages without forms set no cookie). */
  csrf: () => string;
  path: string;
  siteName: string;
  publicUrl: string;
  unreadNotifications?: number;
}

export function viewCtx(req: FastifyRequest, reply: FastifyReply, site: { siteName: string; publicUrl: string }): ViewCtx {
  let token: string | undefined;
  return {
    user: req.user,
    csrf: () => (token ??= reply.generateCsrf()),
    path: req.url,
    siteName: site.siteName,
    publicUrl: site.publicUrl,
  };
}
