import * as OpenCC from 'opencc-js';

/**
 * OpenCC converters between Chinese scripts, one per direction for the whole process (each thread),
 * built on first use. Each OpenCC converter keeps its dictionaries as a trie of nested Maps: in a heap
 * snapshot of the server (100,000 questions) 285,000 Maps, 60 MB of the page thread's 138 MB live
 * heap. Mainland → Taiwan alone is 40 MB, Simplified → Traditional 20 MB. Search highlighting, safety,
 * enrichment and the similarity engine each built their own, and the index worker built one it never
 * calls (Simplified → Traditional, only language detection uses it); with one shared and lazy
 * instance per direction the same conversions cost each thread only what it uses.
 */
export type ScriptDirection = 'cn→tw' | 'tw→cn' | 't→cn' | 'cn→t';

const built = new Map<ScriptDirection, (text: string) => string>();

export function scriptConverter(direction: ScriptDirection): (text: string) => string {
  const known = built.get(direction);
  if (known) return known;
  const [from, to] = direction.split('→');
  const convert: (text: string) => string = OpenCC.Converter({ from, to } as Parameters<typeof OpenCC.Converter>[0]);
  built.set(direction, convert);
  return convert;
}
