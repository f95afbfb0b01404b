import { givenNameKind, givenNames } from './given-names.js';
import { allMatches, type Candidate } from './kinds.js';

// ── Session 8: English names in person positions that carry no "my name is" frame ─────────────────────────────
// The position marks the person; the words must still look like a name: a listed given name (given-names.ts) or a
// word that is no English word (the word list), never a disease eponym or a capitalised ordinary word.
// - a header or byline (its first word a listed given name that is no English word): "From: Ana de Souza (…)", "posted by tomasz | …"
// - "parent of Aiden Mbeki", "guardian of …": whose parent a letter is written to
// - "im priya raman and…": a lower-case listed given name and a surname that is no English word after "im"
// - "coach dre says", "nurse bea said": a lower-case title word, a name, then a verb of telling or 's
// - a record line "NWOSU, ADA | MRN …", "Kim, Rebecca | DOB": SURNAME, Given before a bar, a slash, a wide gap or a
//   record field (a given name on no list only when a record field follows on the line)
// - "JOHN OKONKWO / ASTHMA": a given name and a surname in capitals, as bracelets and wristbands print them
// - "my cousin ana lucia de la vega,": lower-case listed given names, a particle and a surname after a kin word
// - "Ravi s/o Muthusamy", "Siti binti Ahmad": the patronymic link after a found given name (detectNames extends).

const isWord = (w: string) => givenNames().isWord(w.toLowerCase());
const listed = (w: string) => givenNameKind(w) !== undefined;
const plain = (w: string) => givenNameKind(w) === 'plain';
// Disease eponyms and words that head a medical line, which are no English words in the list yet are no names.
const NOT_NAMES = new Set(
  ('parkinson alzheimer crohn hashimoto addison cushing graves hodgkin huntington raynaud sjogren tourette meniere paget ' +
    'wilson kawasaki barrett lyme marfan kaposi guillain barre behcet asperger osgood ' +
    'mrn dob dx rx hx tx sx fx ecg ekg mri ct ivf covid hiv hpv icu er ed gp ob gyn ent pt ot bp hr ' +
    'epilepsy asthma diabetes allergy warfarin insulin metformin lamotrigine penicillin').split(' '),
);
const INSTITUTION = /^(?:Clinic|Hospital|Pharmacy|Health|Healthcare|Medical|Center|Centre|Team|Support|Office|Services?|Group|Lab|Labs|Care|Foundation|Institute|University|College|School)$/;
const nameWord = (w: string) => !NOT_NAMES.has(w.toLowerCase()) && (listed(w) || !isWord(w));
// A surname must be no English word ("Tanya Brown" is the frames' to find, not a position's).
const surnameWord = (w: string) => !NOT_NAMES.has(w.toLowerCase()) && !isWord(w) && w.length >= 2;

const CAP = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?";
const PARTICLES = '(?:de la|de las|de los|del|de|da|dos|das|van der|van den|van|von|di|du|le|la|bin|binti|ibn)';
const CAP_NAME = `${CAP}(?:[ \\t]+(?:${PARTICLES}[ \\t]+)?${CAP}){0,3}`;

const HEADER = new RegExp(`(?:^|[\\s>"“(])(?=[FSCR])(?:From|Sender|Cc|Reply-To)[ \\t]*:[ \\t]*(${CAP_NAME})(?=[ \\t]*(?:\\(|<|\\||,|\\n|$))`, 'dgu');
const BYLINE = /\b(?:posted|written|sent|shared|submitted|uploaded)[ \t]+by[ \t]+([a-z][a-z'’-]{1,20})(?=[ \t]*(?:\||,|\.|\(|\n|$|[ \t]{2}))/dg;
const CAP_BYLINE = new RegExp(`\\b(?:[Pp]osted|[Ww]ritten|[Ss]ent|[Ss]hared|[Ss]ubmitted)[ \\t]+by[ \\t]+(${CAP_NAME})(?=[ \\t]*(?:\\||,|\\.|\\(|\\n|$|[ \\t]{2}))`, 'dgu');
const PARENT_OF = new RegExp(`(?=[pmfdgc])\\b(?:parents?|mother|father|mum|mom|dad|guardians?|carers?|caregivers?|family)[ \\t]+of[ \\t]+(${CAP}(?:[ \\t]+${CAP}){0,2})`, 'dgu');
const IM_FULL = /(?:^|[\s,.!?])(?:i'?m|i am)[ \t]+([a-z]{2,14})[ \t]+([a-z]{2,20})(?![\p{L}\p{N}@])/dgu;
const LOWER_TITLE_NAME =
  /(?=[cntpuagmsd])\b(?:coach|nurse|teacher|pastor|uncle|auntie|aunty|aunt|cousin|grandma|grandpa|nana|mr|mrs|ms|miss|sensei|trainer|doc)[ \t]+([a-z]{2,14})(?=['’]s\b|[ \t]+(?:says|said|told|tells|thinks|thought|reckons|wants|wanted|recommended|suggested|gave|put|sent|swears|insists)\b)/dg;
const SURNAME_COMMA_GIVEN =
  /(?:^|[\s:"“|(])(\p{Lu}[\p{Lu}\p{Ll}'’-]+),[ \t]+(\p{Lu}[\p{Lu}\p{Ll}]+)(?=[ \t]+[|/][ \t]|[ \t]*(?:\n|$)|[ \t]{2,}|[ \t]+(?:MRN|DOB|D\.O\.B|Acct|ID|NHS|Lab|Age|Sex)\b)/dgu;
// A given name on no list is believed only when a record field follows on the line ("OYELARAN, TEMI | MRN").
const RECORD_FIELD_AHEAD = /^[^\n]{0,30}?\b(?:MRN|DOB|D\.O\.B|NHS|Acct|Hosp(?:ital)? ?(?:No|#)|ID)\b/;
const CAPS_FULL = /(?<![\p{L}\p{N}])([A-Z]{2,14})[ \t]+([A-Z][A-Z'’-]{2,20})(?![\p{L}\p{N}])/dgu;
const KIN_LOWER_PARTICLE = new RegExp(
  `\\b(?:my|our|his|her)[ \\t]+(?:aunt|auntie|aunty|uncle|cousin|grandma|grandmother|grandpa|grandfather|nan|nana|mum|mom|mother|dad|father|wife|husband|sister|brother|niece|nephew|friend|neighbou?r|colleague|coworker)[ \\t]+` +
    `(([a-z]{2,14})(?:[ \\t]+([a-z]{2,14}))?[ \\t]+${PARTICLES}[ \\t]+[a-z]{2,20})(?=[ \\t]*[,.;:!?)]|[ \\t]*$|[ \\t]+(?:is|was|has|had|who|and)\\b)`,
  'dgu',
);

// Gates, each a part every match of its pattern holds (the lookaheads in front of some patterns are their first
// letters again: they let the engine skip positions where no word can start).
const PARTICLE_WORD = / (?:de|del|da|dos|das|van|von|di|du|le|la|bin|binti|ibn) [a-z]/;

export function positionedEnglishNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (span: [number, number] | undefined) => {
    if (span) out.push({ kind: 'name', start: span[0], end: span[1] });
  };
  // After a listed first name, the other capitalised words need only be no eponym or institution word.
  const allNameWords = (text: string) =>
    text.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w)).every((w) => !NOT_NAMES.has(w.toLowerCase()) && !INSTITUTION.test(w));
  if (/:/.test(scan)) for (const m of allMatches(scan, HEADER)) if (allNameWords(m[1]) && plain(m[1].split(/[ \t]/)[0])) push(m.indices![1]);
  if (/\b(?:posted|written|sent|shared|submitted|uploaded)[ \t]+by\b/i.test(scan)) {
    for (const m of allMatches(scan, BYLINE)) if (!isWord(m[1]) || plain(m[1])) push(m.indices![1]);
    for (const m of allMatches(scan, CAP_BYLINE)) if (allNameWords(m[1]) && plain(m[1].split(/[ \t]/)[0])) push(m.indices![1]);
  }
  if (/ of /.test(scan)) {
    for (const m of allMatches(scan, PARENT_OF)) {
      const words = m[1].split(/[ \t]+/);
      // One word must be a listed given name; two or more words on no list pass only together ("Kayden Okafor").
      if (words.every(nameWord) && (plain(words[0]) || (words.length >= 2 && words.every((w) => !isWord(w))))) push(m.indices![1]);
    }
  }
  for (const m of /i'?m |i am /.test(scan) ? allMatches(scan, IM_FULL) : []) if (listed(m[1]) && surnameWord(m[2])) push([m.indices![1][0], m.indices![2][1]]);
  for (const m of allMatches(scan, LOWER_TITLE_NAME)) if (!NOT_NAMES.has(m[1]) && (plain(m[1]) || !isWord(m[1]))) push(m.indices![1]);
  if (/,/.test(scan)) {
    for (const m of allMatches(scan, SURNAME_COMMA_GIVEN)) {
      const [surname, given] = [m[1], m[2]];
      if (NOT_NAMES.has(surname.toLowerCase()) || NOT_NAMES.has(given.toLowerCase())) continue;
      const fieldAhead = RECORD_FIELD_AHEAD.test(scan.slice(m.indices![2][1], m.indices![2][1] + 40));
      if (plain(given) || (surnameWord(surname) && (listed(given) || fieldAhead))) push([m.indices![1][0], m.indices![2][1]]);
    }
  }
  if (/[A-Z]{2,}[ \t]+[A-Z]{3,}/.test(scan)) {
    for (const m of allMatches(scan, CAPS_FULL)) if (plain(m[1]) && surnameWord(m[2])) push([m.indices![1][0], m.indices![2][1]]);
  }
  for (const m of PARTICLE_WORD.test(scan) ? allMatches(scan, KIN_LOWER_PARTICLE) : []) if (listed(m[2]) && (m[3] === undefined || listed(m[3]))) push(m.indices![1]);
  return out;
}

// "Ravi s/o Muthusamy", "Aminah binti Yusof", "Kumar a/l Raju": the link to a father's name, after a found name.
const PATRONYMIC_REST = /^[ \t]+(?:s\/o|d\/o|a\/l|a\/p|bin|binti|bte|bt\.?)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?/u;
export function withPatronymic(scan: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const rest = PATRONYMIC_REST.exec(scan.slice(c.end, c.end + 50));
    if (rest) out.push({ kind: 'name', start: c.start, end: c.end + rest[0].length });
  }
  return out;
}
