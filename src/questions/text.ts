import { createHash } from 'node:crypto';
import { searchTokens } from '../similarity/index.js';

/** An asker who gave no title gets the first sentence of the body, trimmed to a readable length. */
export function deriveTitle(body: string): string {
  const clean = body.replace(/\s+/g, ' ').trim();
  const sentence = clean.match(/^.{8,}?[.?!。？！](?=\s|$)/u)?.[0] ?? clean;
  const max = /[\u3400-\u9fff]/u.test(sentence) ? 40 : 100;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}

/** Same text, same hash: used so two copies of one question are never both suggested. */
export function textHash(title: string, body: string): string {
  const norm = `${title}\n${body}`.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  return createHash('sha1').update(norm).digest('hex');
}

export function searchText(...parts: string[]): string {
  return searchTokens(parts.join('\n')).join(' ');
}

export function snippet(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.7 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}

/** A readable URL slug; Chinese titles keep their characters (browsers show them). */
export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '') || 'question'
  );
}
