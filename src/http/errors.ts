import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { renderErrorPage } from '../views/error-page.js';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  csrf: 403,
  unavailable: 503,
};

export const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

/** Maps every error to a status once; never leaks a stack trace or SQL. */
export function handleError(error: FastifyError | DomainError | Error, req: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let code: string = 'server_error';
  let message: string = t.errors.server;
  let fields: Record<string, string> | undefined;
  const fe = error as FastifyError;
  if (error instanceof DomainError) {
    status = STATUS[error.code];
    code = error.code;
    message = error.message;
    fields = error.fields;
  } else if (fe.code?.startsWith('FST_CSRF')) {
    status = 403;
    code = 'csrf';
    message = t.errors.csrf;
  } else if (fe.statusCode === 429) {
    status = 429;
    code = 'rate_limited';
    message = t.errors.rateLimited;
  } else if (fe.statusCode === 413 || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    status = 413;
    code = 'payload_too_large';
    message = 'The request is too large.';
  } else if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    status = fe.statusCode;
    code = status === 404 ? 'not_found' : 'bad_request';
    message = status === 404 ? t.errors.notFound : 'The request could not be understood.';
  }
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  const headers = (fe as { headers?: Record<string, string> }).headers;
  if (status === 429 && headers) reply.headers(headers);
  reply.code(status);
  if (isApi(req) || !(req.headers.accept ?? '').includes('text/html') && req.method !== 'GET' && !isFormPost(req)) {
    return reply.type('application/json').send({ error: { code, message, ...(fields ? { fields } : {}) } });
  }
  return reply.type('text/html; charset=utf-8').send(renderErrorPage(req, status, message));
}

function isFormPost(req: FastifyRequest) {
  return (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}
