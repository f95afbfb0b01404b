import { detectLang, foldWidth, type SafetyLang } from '../script.js';
import { detectAddresses } from './address.js';
import { detectOldAges, oldAgesAfterNames } from './age.js';
import { detectBirthDates } from './birth-date.js';
import { detectEmails, detectPhones, detectUrls } from './contact.js';
import { detectMrns, detectNationalIds, detectSsns } from './id-numbers.js';
import { placeholder, type Candidate, type Detector, type IdentifierKind, type Redaction } from './kinds.js';
import { detectNames } from './names.js';
import { complementNames } from './model/complement.js';
import { NAME_MODEL, NAME_THRESHOLD } from './model/weights.js';

// When two findings overlap, the more specific wins: an e-mail's domain is not a link,
// a record number after "MRN" is not a phone number. A number known by its shape alone yields to one whose word
// names it ("passport no. K8823140" is a passport's, not a record's).
const PRIORITY: IdentifierKind[] = ['email', 'url', 'mrn', 'ssn', 'national-id', 'birth-date', 'phone', 'address', 'name', 'age-over-89'];

const DETECTORS: Detector[] = [
  detectEmails, detectUrls, detectMrns, detectSsns, detectNationalIds, detectBirthDates, detectPhones, detectAddresses,
  detectNames, detectOldAges,
];

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => Number(a.byShapeOnly ?? false) - Number(b.byShapeOnly ?? false) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Kept in order of position, so each candidate is checked against its two neighbours only: a hostile text can
  // hold thousands of findings, and checking each against all kept ones is quadratic.
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((!before || before.end <= c.start) && (!after || c.end <= after.start)) kept.splice(lo, 0, c);
  }
  return kept;
}

/**
 * Removes what identifies the asker before anything is published: phone numbers, e-mail addresses, ID and
 * record numbers, street addresses, links, birth dates, names the asker gives, and ages over 89 (→ "90+").
 * Medical content stays: doses, lab values, durations, blood pressures and dates of symptoms.
 * Placeholders are in the text's language (`lang`, or detected from the text).
 */
export function deidentify(text: string, lang?: SafetyLang): { text: string; redactions: Redaction[] } {
  return redact(text, lang, true);
}

/** The rules alone, without the learned name complement: what the leave-one-set-out bench compares against. */
export function deidentifyByRules(text: string, lang?: SafetyLang): { text: string; redactions: Redaction[] } {
  return redact(text, lang, false);
}

function redact(text: string, lang: SafetyLang | undefined, withModel: boolean): { text: string; redactions: Redaction[] } {
  const language = lang ?? detectLang(text);
  const scan = foldWidth(text);
  const candidates = DETECTORS.flatMap((detect) => detect(scan));
  // Session 12: a number after a found name is an age told of that person ("Phạm Thị Hoa is 94").
  candidates.push(...oldAgesAfterNames(scan, candidates));
  const found = resolveOverlaps(candidates);
  // Session 12: the learned name complement (model/) may add names the rules missed, outside every rule finding.
  if (withModel && NAME_MODEL) {
    const added = complementNames(scan, found, NAME_MODEL, NAME_THRESHOLD);
    if (added.length > 0) {
      found.push(...added);
      found.sort((a, b) => a.start - b.start);
    }
  }
  const redactions: Redaction[] = found.map((c) => ({
    kind: c.kind,
    start: c.start,
    end: c.end,
    original: text.slice(c.start, c.end),
    replacement: c.replacement ?? placeholder(c.kind, language),
  }));
  let out = '';
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return { text: out + text.slice(at), redactions };
}
