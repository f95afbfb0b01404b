import { invalid } from '../errors.js';

export const MAX_REASON = 500;

/** Every moderation action needs a reason: it is what the audit log is read for later. */
export function reasonOf(reason: unknown): string {
  const r = typeof reason === 'string' ? reason.trim() : '';
  if (!r) throw invalid({ reason: 'Give a reason; it is kept in the audit log.' });
  if (r.length > MAX_REASON) throw invalid({ reason: `Keep the reason under ${MAX_REASON} characters.` });
  return r;
}
