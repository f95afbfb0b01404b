import type { FastifyRequest } from 'fastify';
import { Layout } from './layout.js';
import { html } from './render.js';

export function renderErrorPage(req: FastifyRequest, status: number, message: string): string {
  // Error pages carry no forms that need a fresh token: a missing token here must not set cookies.
  const ctx = {
    user: req.user ?? null,
    csrf: () => '',
    path: req.url,
    siteName: (req.server as any).siteName ?? 'OpenConsult',
    publicUrl: (req.server as any).publicUrl ?? '',
  };
  return html(
    <Layout ctx={{ ...ctx, user: null }} meta={{ title: status === 404 ? 'Not found' : 'Error', noindex: true }}>
      <h1>{status === 404 ? 'Not found' : status === 403 ? 'Not allowed' : 'Sorry'}</h1>
      <p role="alert">{message}</p>
      <p>
        <a href="/">Back to the home page</a>
      </p>
    </Layout>,
  );
}
