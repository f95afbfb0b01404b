import type { SafetyLang } from '../script.js';

export type IdentifierKind =
  | 'phone'
  | 'email'
  | 'national-id'
  | 'ssn'
  | 'address'
  | 'url'
  | 'mrn'
  | 'birth-date'
  | 'name'
  | 'age-over-89';

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [
  'phone', 'email', 'national-id', 'ssn', 'address', 'url', 'mrn', 'birth-date', 'name', 'age-over-89',
];

export interface Redaction {
  kind: IdentifierKind;
  /** Offsets in the original text (UTF-16 code units, as String.prototype.slice counts). */
  start: number;
  end: number;
  original: string;
  replacement: string;
}

/** A span a detector proposes; `replacement` overrides the placeholder (ages become "90+"). */
export interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
  replacement?: string;
  /** Found by its shape alone, with no word naming it: any finding of a detector that read the words wins over it. */
  byShapeOnly?: boolean;
}

/** A detector reads the width-folded text (same offsets as the original). */
export type Detector = (scan: string) => Candidate[];

const PLACEHOLDERS: Record<SafetyLang, Record<Exclude<IdentifierKind, 'age-over-89'>, string>> = {
  en: {
    phone: '[phone removed]',
    email: '[e-mail removed]',
    'national-id': '[ID number removed]',
    ssn: '[SSN removed]',
    address: '[address removed]',
    url: '[link removed]',
    mrn: '[record number removed]',
    'birth-date': '[birth date removed]',
    name: '[name removed]',
  },
  'zh-Hant': {
    phone: '[電話已移除]',
    email: '[電子郵件已移除]',
    'national-id': '[身分證號已移除]',
    ssn: '[社會安全號碼已移除]',
    address: '[地址已移除]',
    url: '[連結已移除]',
    mrn: '[病歷號已移除]',
    'birth-date': '[生日已移除]',
    name: '[姓名已移除]',
  },
  'zh-Hans': {
    phone: '[电话已移除]',
    email: '[电子邮件已移除]',
    'national-id': '[身份证号已移除]',
    ssn: '[社会安全号码已移除]',
    address: '[地址已移除]',
    url: '[链接已移除]',
    mrn: '[病历号已移除]',
    'birth-date': '[生日已移除]',
    name: '[姓名已移除]',
  },
};

export function placeholder(kind: IdentifierKind, lang: SafetyLang): string {
  // An age stays useful to the doctor as a band; "90+" is what HIPAA's Safe Harbor allows.
  if (kind === 'age-over-89') return '90+';
  return PLACEHOLDERS[lang][kind];
}

/**
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them (the same start at the pattern's
 * lastIndex, the same step past an empty match, the pattern's lastIndex left as it was), without matchAll's cost:
 * matchAll clones the pattern on every call, ~0.5–0.8 µs each, and de-identification runs ~75 patterns on every
 * title and body however short (most of a call's fixed cost). The matches are all collected before the caller reads
 * any, so a caller may use the same pattern again while it reads them.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const out: RegExpExecArray[] = [];
  const saved = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push(m);
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = saved;
  }
  return out;
}

// AdvanceStringIndex of ECMA-262: one code unit, or a whole surrogate pair under the u or v flag.
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  if (lead < 0xd800 || lead > 0xdbff) return index + 1;
  const trail = text.charCodeAt(index + 1);
  return trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/** Every match of a global pattern as a candidate; `group` picks a capture group as the span. */
export function matches(
  scan: string,
  pattern: RegExp,
  kind: IdentifierKind,
  group = 0,
  keep?: (m: RegExpMatchArray) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  if (group === 0) {
    // The whole match needs no d flag: its offsets are the match's own, and indices cost an allocation per match.
    for (const m of allMatches(scan, pattern)) {
      if (m[0].length === 0) continue;
      if (keep && !keep(m)) continue;
      out.push({ kind, start: m.index!, end: m.index! + m[0].length });
    }
    return out;
  }
  for (const m of allMatches(scan, withIndices(pattern))) {
    const span = m.indices?.[group];
    if (!span || span[1] <= span[0]) continue;
    if (keep && !keep(m)) continue;
    out.push({ kind, start: span[0], end: span[1] });
  }
  return out;
}

// The d flag gives each group's own offsets. Each pattern's d-flagged copy is compiled once, not on every call
// (de-identification runs every detector on every imported title and body).
const WITH_INDICES = new WeakMap<RegExp, RegExp>();
function withIndices(pattern: RegExp): RegExp {
  if (pattern.hasIndices) return pattern;
  let copy = WITH_INDICES.get(pattern);
  if (!copy) WITH_INDICES.set(pattern, (copy = new RegExp(pattern.source, pattern.flags + 'd')));
  return copy;
}
