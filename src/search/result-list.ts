import { formatDate } from '../time.js';
import { windowAround } from './highlight.js';

export interface ResultRow {
  id: number;
  title: string;
  headline: string | null;
  body: string;
  published_at: string | null;
}

export interface ResultDepartment {
  slug: string;
  name_en: string;
}

// The characters preact escapes in text and attribute values: the same set keeps the page
// byte-identical to the component version, and is enough inside text and double-quoted attributes.
const NEEDS_ESCAPE = /["&<]/;
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', '<': '&lt;' };

/** Patient text made safe to place between tags or inside a double-quoted attribute. */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/["&<]/g, (c) => ESCAPES[c]) : text;
}

// Placeholders for the <mark> tags while the text is escaped: control characters that escaping
// leaves alone and that patient text does not hold (text that does takes the slower loop).
const OPEN = '\u0001';
const CLOSE = '\u0002';
const OPENS = /\u0001/g;
const CLOSES = /\u0002/g;

/**
 * Escaped text with what `pattern` matches wrapped in <mark>; the same output as views/text.tsx's
 * Highlighted. The matches are wrapped by one native replace and the text escaped afterwards:
 * an exec loop built a match array and four strings per match, 40 texts a page.
 */
export function highlightedHtml(text: string, pattern: RegExp | undefined): string {
  if (!pattern) return escapeText(text);
  pattern.lastIndex = 0;
  if (text.includes(OPEN) || text.includes(CLOSE)) return highlightedByLoop(text, pattern);
  const marked = text.replace(pattern, `${OPEN}$&${CLOSE}`);
  if (marked === text) return escapeText(text);
  return escapeText(marked).replace(OPENS, '<mark>').replace(CLOSES, '</mark>');
}

function highlightedByLoop(text: string, pattern: RegExp): string {
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += `${escapeText(text.slice(last, m.index))}<mark>${escapeText(m[0])}</mark>`;
    last = pattern.lastIndex;
  }
  return out + escapeText(text.slice(last));
}

/**
 * The results' list items as one HTML string. A page of 20 results was ~400 virtual nodes built
 * and walked per request; joining strings does the same work without them. Every piece of stored
 * text goes through escapeText; ids are numbers and slugs are [a-z0-9-].
 */
export function resultItemsHtml<R extends ResultRow>(rows: R[], pattern: RegExp | undefined, departmentOf: (row: R) => ResultDepartment | undefined): string {
  let out = '';
  for (const r of rows) {
    const d = departmentOf(r);
    const department = d ? `<a href="/departments/${escapeText(d.slug)}">${escapeText(d.name_en)}</a> · ` : '';
    out +=
      `<li class="card"><h2 class="h3"><a href="/questions/${r.id}">${highlightedHtml(r.headline ?? r.title, pattern)}</a></h2>` +
      `<p class="snippet">${highlightedHtml(windowAround(r.body, pattern), pattern)}</p>` +
      `<p class="meta">${department}${escapeText(formatDate(r.published_at))}</p></li>`;
  }
  return out;
}
