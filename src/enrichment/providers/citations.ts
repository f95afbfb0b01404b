import type { MoreInfoSource, Passage } from './types.js';

/**
 * Numbers sources in order of first citation, so the reader meets [1] first. Passages with the same
 * page and title (several answers of one similar question) are one source to the reader.
 */
export class CitationNumbers {
  private readonly numbers = new Map<string, number>();
  readonly sources: MoreInfoSource[] = [];

  numberOf(passage: Passage): number {
    const key = `${passage.url}\n${passage.title}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.sources.length + 1;
      this.numbers.set(key, n);
      this.sources.push({ n, title: passage.title, url: passage.url });
    }
    return n;
  }
}

/** Puts the marker inside the sentence's end: "… are common [2]." (Chinese: "…常见[2]。"). */
export function cite(sentence: string, n: number): string {
  const m = /([.!?。！？])(["'”’)）]*)$/.exec(sentence);
  if (!m) return `${sentence} [${n}]`;
  const body = sentence.slice(0, m.index) + m[2];
  const gap = /[\u3400-\u9fff]$/.test(body) ? '' : ' ';
  return `${body}${gap}[${n}]${m[1]}`;
}

export function citationNumbersIn(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}
