import * as OpenCC from 'opencc-js';

/**
 * Converters between Chinese scripts: one per direction per thread, shared, built on first use; the
 * phrase-heavy mainland→Taiwan one kept compactly, with OpenCC's dictionaries and OpenCC's algorithm
 * (longest match left to right, dictionary groups in OpenCC's order).
 *
 * Why not OpenCC.Converter: it keeps each dictionary group as a trie of nested Maps, one Map per
 * character. In a heap snapshot of the server (100,000 questions) those were 285,000 Maps, 60 MB of
 * the page thread's 138 MB live heap: mainland→Taiwan alone 40 MB (its 40,000-phrase dictionary held
 * twice, for segmenting and for converting), Simplified→Traditional 20 MB. Search highlighting, the
 * similarity engine, safety and enrichment each built their own, and the index worker built one it
 * never calls. The compact form keeps each dictionary as one Map from phrase to replacement and a Set
 * of phrase beginnings (the trie's nodes as strings). `script-converters.test.ts` checks its output
 * equals OpenCC.Converter's, in all four directions, on the shared seed threads.
 */
export type ScriptDirection = 'cn→tw' | 'tw→cn' | 't→cn' | 'cn→t';

// OpenCC's configuration names for the four directions (what OpenCC.Converter({ from, to }) picks).
const CONFIG: Record<ScriptDirection, string> = { 'cn→tw': 's2tw', 'tw→cn': 'tw2s', 't→cn': 't2s', 'cn→t': 's2t' };

interface Dictionary {
  entries: Map<string, string>;
  /** every beginning of a phrase (in UTF-16 units, the phrase itself included): a trie's nodes, as strings */
  prefixes: Set<string>;
}

const dictionaries = new Map<string, Dictionary>();

/** One OpenCC dictionary ("phrase replacement|phrase replacement|…"), parsed once; later entries win, as in OpenCC's trie. */
function dictionary(source: string): Dictionary {
  let d = dictionaries.get(source);
  if (!d) {
    const entries = new Map<string, string>();
    const prefixes = new Set<string>();
    for (const item of source.split('|')) {
      const [phrase, replacement] = item.split(' ');
      if (typeof replacement !== 'string') throw new TypeError(`bad OpenCC dictionary entry: ${item}`);
      entries.set(phrase, replacement);
      for (let len = 1; len <= phrase.length; len++) prefixes.add(phrase.slice(0, len));
    }
    dictionaries.set(source, (d = { entries, prefixes }));
  }
  return d;
}

/**
 * A dictionary group: OpenCC loads a group's dictionaries last to first into one trie, so on a phrase
 * in several the first dictionary's replacement wins; the longest phrase of any of them is matched.
 */
class Group {
  private readonly dicts: Dictionary[];

  constructor(sources: unknown) {
    if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string')) throw new TypeError('OpenCC dictionary group: expected dictionary strings');
    this.dicts = sources.map(dictionary);
  }

  /**
   * The longest phrase starting at `at` and its replacement, as OpenCC's Trie.matchPrefix: it walks
   * forward while what it has read begins some phrase, and keeps the last whole phrase it passed.
   * (By UTF-16 unit, not code point: a slice ending inside a surrogate pair is a beginning of a phrase
   * only if the pair is, and never a whole phrase.)
   */
  private match(text: string, at: number): { end: number; value: string } | undefined {
    const dicts = this.dicts;
    let foundEnd = 0;
    let foundValue = '';
    for (let end = at + 1; end <= text.length; end++) {
      const read = text.slice(at, end);
      let begins = false;
      let value: string | undefined;
      for (let k = 0; k < dicts.length; k++) {
        if (!dicts[k].prefixes.has(read)) continue;
        begins = true;
        value = dicts[k].entries.get(read);
        if (value !== undefined) break;
      }
      if (!begins) break;
      // The first dictionary holding the phrase gives its replacement (dicts in the group's order).
      if (value !== undefined) {
        foundEnd = end;
        foundValue = value;
      }
    }
    return foundEnd ? { end: foundEnd, value: foundValue } : undefined;
  }

  /** OpenCC's Trie.convert: matched phrases replaced, the rest kept (a character, or an ideographic description sequence, at a time). */
  convert(text: string): string {
    return this.pieces(text, (m) => m.value).join('');
  }

  /** OpenCC's Trie.segment: the text cut into matched phrases and the runs between them. */
  segment(text: string): string[] {
    return this.pieces(text, (m, start) => text.slice(start, m.end));
  }

  /** The one walk both share: each matched phrase as `matched` gives it, the runs between them as they stand. */
  private pieces(text: string, matched: (m: { end: number; value: string }, start: number) => string): string[] {
    const out: string[] = [];
    let plain = -1;
    for (let i = 0; i < text.length; ) {
      const m = this.match(text, i);
      if (m) {
        if (plain >= 0) out.push(text.slice(plain, i));
        plain = -1;
        out.push(matched(m, i));
        i = m.end;
      } else {
        if (plain < 0) plain = i;
        i += unitLength(text, i);
      }
    }
    if (plain >= 0) out.push(text.slice(plain));
    return out;
  }
}

const codePointLength = (text: string, at: number) => (text.codePointAt(at)! > 0xffff ? 2 : 1);

// Ideographic description characters (U+2FF0–U+2FFF) and how many components each takes: OpenCC keeps
// a whole description sequence together when nothing matches at its start.
function describedEnd(text: string, at: number): number {
  const c = text.codePointAt(at)!;
  const parts = c >= 0x2ff0 && c <= 0x2ff1 ? 2 : c >= 0x2ff2 && c <= 0x2ff3 ? 3 : c >= 0x2ff4 && c <= 0x2fff ? 2 : 0;
  if (parts === 0) return 0;
  let end = at + codePointLength(text, at);
  for (let k = 0; k < parts; k++) {
    if (end >= text.length) return 0;
    end = describedEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}

function unitLength(text: string, at: number): number {
  const end = describedEnd(text, at);
  return end > at ? end - at : codePointLength(text, at);
}

interface Config {
  normalizationChain?: unknown[];
  segmentation?: unknown;
  conversionChain: unknown[];
}

/** OpenCC.Converter's pipeline for one configuration: normalize, segment, convert each segment through the chain. */
function build(config: Config): (text: string) => string {
  const normalize = (config.normalizationChain ?? []).map((g) => new Group(g));
  const segmenter = config.segmentation ? new Group(config.segmentation) : undefined;
  const chain = config.conversionChain.map((g) => new Group(g));
  return (text) => {
    for (const g of normalize) text = g.convert(text);
    let parts = segmenter ? segmenter.segment(text) : [text];
    for (const g of chain) parts = parts.map((p) => g.convert(p));
    return parts.join('');
  };
}

const configs = () => (OpenCC.Locale as unknown as { configs: Record<string, Config> }).configs;

/** The compact converter for a direction (tests compare it with OpenCC.Converter in all four). */
export function compactConverter(direction: ScriptDirection): (text: string) => string {
  return build(configs()[CONFIG[direction]]);
}

const built = new Map<ScriptDirection, (text: string) => string>();

/**
 * The process's converter for a direction, built on first use. Mainland→Taiwan is the compact one:
 * its dictionaries are phrase-heavy (40 MB as OpenCC's tries, 7.9 MB here) and it only converts short
 * texts (search terms to highlight, generated More Info). The other directions keep OpenCC's own
 * converter: their tries are small (1.5–2.2 MB; Simplified→Traditional, 20 MB, is built only by
 * language detection), and Traditional→Simplified runs on every Chinese text imported and indexed,
 * where OpenCC's trie walk is ~2.5× faster than the compact lookups (probe on the 5,233 seed questions).
 */
export function scriptConverter(direction: ScriptDirection): (text: string) => string {
  const known = built.get(direction);
  if (known) return known;
  const [from, to] = direction.split('→');
  const convert: (text: string) => string = direction === 'cn→tw' ? compactConverter(direction) : OpenCC.Converter({ from, to } as Parameters<typeof OpenCC.Converter>[0]);
  built.set(direction, convert);
  return convert;
}
