import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function html(vnode: VNode): string {
  return `<!doctype html>${renderToString(vnode)}`;
}

export function sendPage(reply: FastifyReply, vnode: VNode, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(html(vnode));
}
