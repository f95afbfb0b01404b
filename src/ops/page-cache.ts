import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/**
 * Rendered pages for anonymous readers, held in this process. An entry is
 * tagged with every question it shows (its own and each one it links to), so
 * a change to a question drops its page and every list or Similar Q&A box
 * naming it. Listings (home, departments) are also dropped on any question
 * change, because a newly published question is not linked from them yet.
 * Compressed variants are made once per entry, on first demand.
 */
export interface CachedPage {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: string;
  storedAt: number;
  gzip?: Buffer;
  br?: Buffer;
  /** Headers the full pipeline added (security headers), replayed when the page is served without it. */
  headers: Record<string, string>;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

const QUESTION_LINK = /href="\/questions\/(\d+)/g;

export function etagOf(body: Buffer | string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

export class PageCache {
  private entries = new Map<string, CachedPage & { tags: string[] }>();
  private byTag = new Map<string, Set<string>>();
  private bytes = 0;
  /** Moves on every invalidation: a render that started before one must not be stored after it. */
  epoch = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  get(key: string): CachedPage | undefined {
    const e = this.entries.get(key);
    if (!e || Date.now() - e.storedAt > this.maxAgeMs) {
      if (e) this.delete(key);
      this.misses++;
      return undefined;
    }
    // Least recently used goes first: re-insert on every hit.
    this.entries.delete(key);
    this.entries.set(key, e);
    this.hits++;
    return e;
  }

  /** The entry without counting a hit or a miss. */
  peek(key: string): CachedPage | undefined {
    const e = this.entries.get(key);
    return e && Date.now() - e.storedAt <= this.maxAgeMs ? e : undefined;
  }

  /**
   * Stores a page rendered since `epochAtStart`; refuses if anything was invalidated meanwhile.
   * `text`: the body as the string it was encoded from, when the caller has it (saves decoding it again). */
  set(key: string, body: Buffer, contentType: string, opts: { epochAtStart: number; listing: boolean; questionId?: number; headers?: Record<string, string>; text?: string }): CachedPage | undefined {
    if (opts.epochAtStart !== this.epoch || body.length > this.maxBytes / 8) return undefined;
    this.delete(key);
    const tags = new Set<string>();
    if (opts.listing) tags.add('listing');
    if (opts.questionId) tags.add(`q:${opts.questionId}`);
    for (const m of (opts.text ?? body.toString('utf8')).matchAll(QUESTION_LINK)) tags.add(`q:${m[1]}`);
    const now = Date.now();
    const entry = { body, contentType, headers: opts.headers ?? {}, etag: etagOf(body), lastModified: new Date(Math.floor(now / 1000) * 1000).toUTCString(), storedAt: now, tags: [...tags] };
    this.entries.set(key, entry);
    for (const t of entry.tags) {
      let keys = this.byTag.get(t);
      if (!keys) this.byTag.set(t, (keys = new Set()));
      keys.add(key);
    }
    this.bytes += body.length;
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return entry;
  }

  /** The body in the encoding the client prefers among br and gzip, made once and kept. */
  encoded(page: CachedPage, acceptEncoding: string | undefined): { body: Buffer; encoding?: 'br' | 'gzip' } {
    if (!acceptEncoding || page.body.length < 1024) return { body: page.body };
    if (/\bbr\b/.test(acceptEncoding)) {
      page.br ??= brotliCompressSync(page.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
      return { body: page.br, encoding: 'br' };
    }
    if (/\bgzip\b/.test(acceptEncoding)) {
      page.gzip ??= gzipSync(page.body, { level: 6 });
      return { body: page.gzip, encoding: 'gzip' };
    }
    return { body: page.body };
  }

  invalidateQuestions(ids: Iterable<number>): void {
    let any = false;
    for (const id of ids) {
      any = true;
      this.dropTag(`q:${id}`);
    }
    if (any) this.dropTag('listing');
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  stats(): PageCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }

  private dropTag(tag: string) {
    this.epoch++;
    const keys = this.byTag.get(tag);
    if (!keys) return;
    for (const k of [...keys]) this.delete(k);
  }

  private delete(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.body.length;
    for (const t of e.tags) {
      const keys = this.byTag.get(t);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(t);
    }
  }
}
