import type { User } from '../db/schema.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (session cookie for pages, bearer token for /api). */
    user: User | null;
  }
}

export {};
