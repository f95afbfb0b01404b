import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { unreadCount } from '../notifications/notify.js';
import { viewCtx, type ViewCtx } from '../views/context.js';

export async function pageCtx(deps: AppDeps, req: FastifyRequest, reply: FastifyReply): Promise<ViewCtx> {
  const ctx = viewCtx(req, reply, deps.config);
  if (req.user) ctx.unreadNotifications = await unreadCount(deps.database.db, req.user.id);
  return ctx;
}

export function idParam(value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 31) throw notFound();
  return n;
}

export function pageParam(value: unknown): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** Pages that need an account send anonymous visitors to sign in and back. */
export function requireSignIn(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.user) return true;
  reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}`, 303);
  return false;
}

export function isValidationError(err: unknown): err is DomainError {
  return err instanceof DomainError && err.code === 'validation';
}

/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/';
}
