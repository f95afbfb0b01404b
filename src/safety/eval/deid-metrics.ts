import type { SafetyLang } from '../script.js';
import type { IdentifierKind, Redaction } from '../deid/kinds.js';
import type { DeidCase, Span } from './labelled.js';

export interface DeidReport {
  cases: number;
  /** Per kind: identifiers written into the cases and how many were fully removed. */
  byKind: Partial<Record<IdentifierKind, { total: number; removed: number }>>;
  identifiers: number;
  removed: number;
  keepSpans: number;
  /** Medical content spans touched by any redaction. */
  keepRemoved: number;
  /** Redactions that overlap no labelled identifier. */
  strayRedactions: number;
  missed: { text: string; kind: IdentifierKind; value: string }[];
  overRemoved: { text: string; value: string; by: string }[];
  strays: { text: string; original: string; kind: IdentifierKind }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

// What tells an exact age: its digits or number words. A writer may mark "age 93" whole, but "age 90+" keeps the
// word "age" and hides the age, so only the number has to go.
const AGE_NUMBER = /\d|[零〇一二三四五六七八九十百]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|ninety|hundred/giu;

// A courtesy title before a name says nothing about who it is. Most writers mark "Dr. <<name|Patel>>", some
// "<<name|Dr Abernethy>>"; "Dr [name removed]" hides the person either way, so a leading title need not go.
const LEADING_TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Doctor)\.?\s+(?=\S)/iu;

/** Which characters of an identifier must be redacted: all but spaces (and a name's leading title), or for an old age only its number. */
function mustCover(span: Span & { kind: IdentifierKind }): boolean[] {
  const must = [...Array(span.end - span.start)].map((_, i) => !/\s/.test(span.value[i] ?? ''));
  if (span.kind === 'name') {
    const title = LEADING_TITLE.exec(span.value)?.[0].length ?? 0;
    for (let i = 0; i < title; i++) must[i] = false;
    return must;
  }
  if (span.kind !== 'age-over-89') return must;
  const number = must.map(() => false);
  for (const m of span.value.matchAll(AGE_NUMBER)) for (let i = m.index!; i < m.index! + m[0].length; i++) number[i] = true;
  return number.some(Boolean) ? number : must;
}

/** An identifier counts as removed when redactions cover every character of it that must go. */
function covered(span: Span & { kind: IdentifierKind }, redactions: Redaction[]): boolean {
  const must = mustCover(span);
  for (let i = span.start; i < span.end; i++) {
    if (!must[i - span.start]) continue;
    if (!redactions.some((r) => r.start <= i && i < r.end)) return false;
  }
  return true;
}

export function evaluateDeid(
  cases: DeidCase[],
  deidentify: (text: string, lang?: SafetyLang) => { text: string; redactions: Redaction[] },
): DeidReport {
  const report: DeidReport = {
    cases: cases.length, byKind: {}, identifiers: 0, removed: 0, keepSpans: 0, keepRemoved: 0, strayRedactions: 0,
    missed: [], overRemoved: [], strays: [],
  };
  for (const c of cases) {
    const { redactions } = deidentify(c.text, c.lang);
    for (const id of c.identifiers) {
      const k = (report.byKind[id.kind] ??= { total: 0, removed: 0 });
      k.total++;
      report.identifiers++;
      if (covered(id, redactions)) {
        k.removed++;
        report.removed++;
      } else report.missed.push({ text: c.text, kind: id.kind, value: id.value });
    }
    for (const keep of c.keep) {
      report.keepSpans++;
      const by = redactions.find((r) => overlaps(r, keep));
      if (by) {
        report.keepRemoved++;
        report.overRemoved.push({ text: c.text, value: keep.value, by: by.original });
      }
    }
    for (const r of redactions) {
      if (!c.identifiers.some((id) => overlaps(r, id))) {
        report.strayRedactions++;
        report.strays.push({ text: c.text, original: r.original, kind: r.kind });
      }
    }
  }
  return report;
}
