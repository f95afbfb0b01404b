/**
 * Domain errors carry a code; the HTTP edge maps codes to status codes once
 * (http/errors.ts). Codes double as stable API error codes.
 */
export type ErrorCode =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'csrf'
  | 'payload_too_large'
  /** A part of the server (the search index's thread) is not running: try again later. */
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Not found') => new DomainError('not_found', what);
export const forbidden = (why = 'You may not do that') => new DomainError('forbidden', why);
export const unauthorized = (why = 'Sign in first') => new DomainError('unauthorized', why);
export const invalid = (fields: Record<string, string>, message = 'Please correct the highlighted fields') =>
  new DomainError('validation', message, fields);
