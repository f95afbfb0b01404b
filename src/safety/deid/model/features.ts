import { SURNAMES, COMPOUND_SURNAMES } from '../surnames.js';
import { GIVEN_NAME_CHARACTERS } from '../given-name-characters.js';
import { givenNames } from '../given-names.js';

/**
 * Token features for the learned name complement (complement.ts). A token is a Latin word (letters, inner
 * apostrophes and hyphens) or one Han character; offsets are in the scanned text. Only CANDIDATES are scored:
 * a Latin word that is capitalised or is no lower-case English word, and a Han character that surnames or given
 * names are made of. Everything else is never a name to the model, in training and in use alike, which keeps the
 * model small and fast and keeps it off ordinary lower-case words ("grace", "will").
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  han: boolean;
}

// One pattern, built once: a Han character, or a run of letters joined by apostrophes or hyphens.
// Latin (any non-Han letter) words stop at a Han character: "Kevin跟小芳" is five tokens.
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])(?:(?!\p{Script=Han})[\p{L}\p{M}]|['’-](?=(?!\p{Script=Han})\p{L}))*/gu;
const HAN_SURNAME = new Set([...SURNAMES, ...COMPOUND_SURNAMES.replace(/\|/g, '')]);

export function tokenize(scan: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(scan); m; m = TOKEN.exec(scan)) {
    const text = m[0];
    out.push({ text, start: m.index, end: m.index + text.length, han: text.length === 1 && text.charCodeAt(0) >= 0x2e80 });
  }
  return out;
}

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}'’-]+$/u;
const ALL_LOWER = /^[\p{Ll}'’-]+$/u;
const DIACRITIC = /[^\x00-\x7f]/;
const APOSTROPHE = /['’]/;
const POSSESSIVE = /['’]s$/;

const SPACE_JOIN = /^[ \t]+$/;

/**
 * Whether token i is scored. A capitalised English word that is no given name ("The", "Doctor", "Smith") is scored only
 * beside another capitalised word ("Tanisha Brooks", "Chest X Ray"): alone it is a sentence's first word, and skipping
 * those keeps the model's cost small.
 */
export function isCandidate(scan: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.han) return HAN_SURNAME.has(t.text) || GIVEN_NAME_CHARACTERS.has(t.text);
  if (t.text.length < 2) return false;
  const names = givenNames();
  const lower = t.text.toLowerCase();
  if (!UPPER.test(t.text)) return !names.isWord(lower);
  if (!names.isWord(lower) && !names.isWord(lower.replace(POSSESSIVE, ''))) return true;
  const capitalised = t.text.charAt(0) + t.text.slice(1).toLowerCase();
  if (names.plain.has(capitalised) || names.wordlike.has(capitalised)) return true;
  const capitalisedNeighbour = (j: number) =>
    j >= 0 && j < tokens.length && !tokens[j].han && UPPER.test(tokens[j].text) &&
    SPACE_JOIN.test(j < i ? scan.slice(tokens[j].end, t.start) : scan.slice(t.end, tokens[j].start));
  return capitalisedNeighbour(i - 1) || capitalisedNeighbour(i + 1);
}

/** The shape of a word: Xx, XX, x, or Xmixed; with marks for apostrophes, hyphens and letters beyond ASCII. */
export function shape(word: string): string {
  const base = ALL_UPPER.test(word) ? (word.length > 1 ? 'XX' : 'X') : ALL_LOWER.test(word) ? 'x' : UPPER.test(word) ? 'Xx' : 'xX';
  return base + (APOSTROPHE.test(word) ? "'" : '') + (word.includes('-') ? '-' : '') + (DIACRITIC.test(word) ? '~' : '');
}

export interface FeatureContext {
  /** Lower-case words of medical text that are no English words (drug brands, eponyms, diseases). */
  medical: ReadonlySet<string>;
}

const SENTENCE_END = /[.!?。！？\n:：;；]\s*$/;
const CLAUSE_MARK = /[.,;:!?]/;

/** Whether token i stands at a sentence's start: first in the text, or after a full stop, a line break or a colon. */
function sentenceInitial(scan: string, tokens: readonly Token[], i: number): boolean {
  const from = i === 0 ? 0 : tokens[i - 1].end;
  const between = scan.slice(Math.max(from, tokens[i].start - 8), tokens[i].start);
  return i === 0 ? scan.slice(0, tokens[i].start).trim().length === 0 || SENTENCE_END.test(between) : SENTENCE_END.test(between);
}

function latinWordClass(word: string, context: FeatureContext): string[] {
  const lower = word.toLowerCase();
  const names = givenNames();
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  const given = names.plain.has(capitalised) ? 'plain' : names.wordlike.has(capitalised) ? 'wordlike' : 'no';
  const stem = lower.replace(POSSESSIVE, '');
  const dict = names.isWord(lower) || names.isWord(stem) ? 'word' : 'noword';
  const med = context.medical.has(lower) || context.medical.has(stem) ? 'med' : 'nomed';
  return [`given=${given}`, `dict=${dict}`, `med=${med}`, `gd=${given}|${dict}`];
}

/**
 * The features of candidate token i. `ruleName[j]` says whether the rules found token j inside a name;
 * the token's own finding is not a feature (the model would learn to copy the rules), its neighbours' are.
 */
export function tokenFeatures(scan: string, tokens: readonly Token[], i: number, ruleName: readonly boolean[], context: FeatureContext, classes: (string[] | undefined)[] = []): string[] {
  const classOf = (j: number) => (classes[j] ??= latinWordClass(tokens[j].text, context));
  const t = tokens[i];
  const word = (j: number) => (j < 0 ? '<s>' : j >= tokens.length ? '</s>' : tokens[j].text.toLowerCase());
  const gap = (a: number, b: number) => (a < 0 || b >= tokens.length ? '' : scan.slice(tokens[a].end, tokens[b].start).trim());
  const f: string[] = [];
  if (t.han) {
    const c = t.text;
    f.push('han', `c=${c}`, `p1=${word(i - 1)}`, `n1=${word(i + 1)}`, `p2=${word(i - 2)}${word(i - 1)}`, `n2=${word(i + 1)}${word(i + 2)}`);
    const surname = HAN_SURNAME.has(c);
    const givenChar = GIVEN_NAME_CHARACTERS.has(c);
    f.push(`sur=${surname}`, `gch=${givenChar}`);
    const near = (j: number) => (j >= 0 && j < tokens.length && tokens[j].han ? (HAN_SURNAME.has(tokens[j].text) ? 'S' : GIVEN_NAME_CHARACTERS.has(tokens[j].text) ? 'G' : 'o') : '_');
    f.push(`pat=${near(i - 2)}${near(i - 1)}[${surname ? 'S' : 'G'}]${near(i + 1)}${near(i + 2)}`);
    f.push(`pat1=${near(i - 1)}[${surname ? 'S' : 'G'}]${near(i + 1)}`);
  } else {
    const w = t.text;
    const s = shape(w);
    const lower = w.toLowerCase();
    const cls = classOf(i);
    f.push('latin', `w=${lower}`, `shape=${s}`, ...cls, `suf3=${lower.slice(-3)}`, `pre3=${lower.slice(0, 3)}`, `len=${Math.min(w.length, 10)}`);
    for (const c of cls) f.push(`${s}|${c}`);
    const initial = sentenceInitial(scan, tokens, i);
    f.push(`init=${initial}`, `init|${s}|${cls[3]}`);
    f.push(`p1=${word(i - 1)}`, `p2=${word(i - 2)}`, `n1=${word(i + 1)}`, `n2=${word(i + 2)}`, `p12=${word(i - 2)}_${word(i - 1)}`);
    f.push(`gp=${gap(i - 1, i)}`, `gn=${gap(i, i + 1)}`);
    const neighbourShape = (j: number) => (j < 0 || j >= tokens.length ? '_' : tokens[j].han ? 'han' : shape(tokens[j].text));
    f.push(`ps=${neighbourShape(i - 1)}`, `ns=${neighbourShape(i + 1)}`, `psns=${neighbourShape(i - 1)}|${s}|${neighbourShape(i + 1)}`);
    if (i + 1 < tokens.length && !tokens[i + 1].han) f.push(`ncls=${classOf(i + 1)[3]}`);
    if (i > 0 && !tokens[i - 1].han) f.push(`pcls=${classOf(i - 1)[3]}`);
  }
  const ruleLeft = i > 0 && ruleName[i - 1] && !CLAUSE_MARK.test(gap(i - 1, i));
  const ruleRight = i + 1 < tokens.length && ruleName[i + 1] && !CLAUSE_MARK.test(gap(i, i + 1));
  f.push(`ruleL=${ruleLeft}`, `ruleR=${ruleRight}`);
  return f;
}
