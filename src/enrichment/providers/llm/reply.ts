import type { EnrichmentInput, EnrichmentOutput, MoreInfoSource } from '../types.js';

export class MalformedReply extends Error {}

/** The JSON object in a chat reply, tolerating code fences and prose around it. */
function jsonObjectIn(content: string): unknown {
  const unfenced = content.replace(/```(?:json)?/gi, '');
  const start = unfenced.indexOf('{');
  const end = unfenced.lastIndexOf('}');
  if (start < 0 || end <= start) throw new MalformedReply('no JSON object in the reply');
  try {
    return JSON.parse(unfenced.slice(start, end + 1));
  } catch {
    throw new MalformedReply('the reply is not valid JSON');
  }
}

/** Models write "[1, 3]", "[2-4]" or "【2】"; each becomes the plain "[n]" markers the page shows. */
export function normaliseMarkers(text: string): string {
  return text
    .replace(/【(\d+)】/g, '[$1]')
    .replace(/\[(\d+)\s*[-–]\s*(\d+)\]/g, (m, a: string, b: string) => {
      const from = Number(a);
      const to = Number(b);
      if (to < from || to - from > 10) return m;
      return Array.from({ length: to - from + 1 }, (_, i) => `[${from + i}]`).join('');
    })
    .replace(/\[(\d+(?:\s*,\s*\d+)+)\]/g, (_, list: string) => list.split(/\s*,\s*/).map((n) => `[${n}]`).join(''));
}

/**
 * Turns the model's reply into an output. Citations keep the passage numbers the model was given
 * ([n] = input.passages[n-1]) and are then renumbered in order of first use, as the built-in does.
 * A reply citing a passage that does not exist comes back without sources, so validation rejects it.
 */
export function parseReply(content: string, input: EnrichmentInput): EnrichmentOutput {
  const obj = jsonObjectIn(content) as { headline?: unknown; moreInfo?: unknown };
  if (typeof obj !== 'object' || obj === null) throw new MalformedReply('the reply is not an object');
  if (typeof obj.headline !== 'string') throw new MalformedReply('the reply has no headline');
  if (obj.moreInfo !== null && typeof obj.moreInfo !== 'string') throw new MalformedReply('moreInfo is neither text nor null');
  const headline = obj.headline.trim();
  if (obj.moreInfo === null || !obj.moreInfo.trim()) return { headline, moreInfo: null, provider: 'llm' };

  // Models separate paragraphs with one newline as often as with two.
  const raw = normaliseMarkers(obj.moreInfo.replace(/\r\n/g, '\n').replace(/\n\s*\n?/g, '\n\n').trim());
  const invented = [...raw.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])).find((g) => !input.passages[g - 1]);
  if (invented !== undefined) {
    return { headline, moreInfo: { text: raw, sources: [] }, provider: 'llm', warnings: [`invented citation [${invented}]`] };
  }
  // Passages sharing a page and title (answers of one similar question) become one source, as in the built-in.
  const renumber = new Map<string, number>();
  const sources: MoreInfoSource[] = [];
  const text = raw.replace(/\[(\d+)\]/g, (marker, digits: string) => {
    const passage = input.passages[Number(digits) - 1];
    if (!passage) return marker; // unreachable: invented citations were returned above
    const key = `${passage.url}\n${passage.title}`;
    let n = renumber.get(key);
    if (n === undefined) {
      n = sources.length + 1;
      renumber.set(key, n);
      sources.push({ n, title: passage.title, url: passage.url });
    }
    return `[${n}]`;
  });
  return { headline, moreInfo: { text, sources }, provider: 'llm' };
}
