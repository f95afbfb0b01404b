import { givenNameKind, givenNames } from './given-names.js';
import { allMatches, type Candidate } from './kinds.js';
import { NOT_A_SIGNOFF } from './forms-initials-nicknames-en.js';

// ── English names the asker did not introduce as their own: family members after a kin word ("my mother
// Eileen"), clinicians after a title ("Dr. Patel", "dr nguyen"), a name before "here" ("Ken Watanabe here"),
// signatures ("— Denise", "thanks, tina"). A patient's relatives and own doctors identify the patient.

// One name word: Zoë, O'Connell, MacLeod, DeShawn, Jean-Luc, Åkesson.
const WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
// Surname particles written as words of their own: Irish Ó and Ní (Dr. Ó Briain), Dutch, German, Romance and Arabic
// (van der Berg, de Souza, bin Yusof, al-Amin is one word already).
const PARTICLE = "(?:Ó|Ní|Nic|Mac|Uí|Ua|[Vv]an(?:[ \\t]+(?:der|den|de))?|[Vv]on(?:[ \\t]+der)?|[Dd]e(?:[ \\t]+la)?|[Dd]el|[Dd]a|[Dd]os|[Dd]i|[Dd]u|[Ll]e|[Ll]a|bin|binti|bint|ibn|[Aa]bu|ter|ten)[ \\t]+";
// Up to three words and a closing initial ("Frank D.", "María José Fernández").
const CAPITALISED = new RegExp(`^(?:${PARTICLE})?${WORD}(?:[ \\t]+(?:${PARTICLE})?${WORD}){0,2}(?:[ \\t]+\\p{Lu}\\.(?!\\p{L}))?`, 'u');
const LOWERCASE = /^[a-z][a-z'’-]{1,14}(?![a-z0-9@])/;

const KIN =
  'mother|mom|mum|mommy|mummy|mama|father|dad|daddy|papa|son|daughter|wife|husband|hubby|brother|sister|sis|bro|cuz|' +
  'grandma|grandpa|grandmother|grandfather|granny|nana|grandad|granddad|grandson|granddaughter|great-grand(?:mother|father|ma|pa)|' +
  'aunt|auntie|aunty|uncle|niece|nephew|cousin|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|friend|neighbou?r|' +
  'roommate|roomie|housemate|flatmate|bestie|bff|best mate|mate|pal|buddy|ex|classmate|teammate|landlord|landlady|boss|baby|toddler|newborn|kid|child|twin|step(?:son|daughter|mom|mum|dad|father|mother)|' +
  '(?:mother|father|son|daughter|brother|sister)-in-law|carer|caregiver|nurse|therapist|coworker|colleague|' +
  'boy|girl|lad|lass|little one|youngest|eldest|oldest|' +
  // Session 11 round 2: grandparents in the askers' other languages ("my koro Hemi", "my halmeoni").
  'halmeoni|halmoni|harabeoji|koro|kuia|nonna|nonno|abuela|abuelo|abuelita|abuelito|oma|opa|bubbe|zayde|lola|lolo|babcia|dziadek|nani|dadi|ammamma|paati|thatha';
// The kin word is in lower case after a possessive, perhaps with a word or two between ("my 97yo grandmother
// Rose", "his home nurse Carla"): headings like "Child Development" or "Newborn Screening" are not kin.
const AFTER_KIN = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)[ \\t]+(?:[\\p{L}\\d'’-]+[ \\t]+){0,3}?(?:${KIN})(?:[ \\t]*\\(|,[ \\t]|[ \\t]+)`,
  'gu',
);
// A lower-case name after a kin word needs "my"/"our" and a verb or pause after it ("my gf jess both got").
// Adult kin words need no possessive before a capitalised name ("asking for grandma Rose"); child words do,
// since "baby Tylenol" and "children's Motrin" are medicines.
const BARE_KIN = /\b(?:mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather|granny|nana|aunt|auntie|uncle|husband|wife|brother|sister|cousin|neighbou?r|friend|partner)(?:[ \t]*\(|,[ \t]|[ \t]+)/gu;
// A word of age or order may come between ("my little sister zainab keeps…").
const MY_KIN = new RegExp(`\\b(?:[Mm]y|[Oo]ur)[ \\t]+(?:(?:little|big|older|younger|baby|twin|eldest|oldest|youngest|best|step|new)[ \\t]+)?(?:${KIN})[ \\t]+`, 'gu');
// (Session 11 round 2: a line's end is a pause too, "my aunt shalini⏎" in a chat log.)
const AFTER_LOWERCASE_NAME = /^(?:[,.;:!?)]|[ \t]*\r?\n|['’]s[ \t]|[ \t]+(?:and|both|who|has|had|is|was|said|says|keeps|got|gets|just|also|too|again|here|about|to|with|for|yesterday|today|thinks|wants|went|came|took|told|asked|tried|started|needs|woke|threw|fell|broke|cant|doesnt|didnt|isnt|wont|always|never|still|really)\b)/;
const PAUSE = /^(?:[,.;:!?)]|[ \t]+(?:again|here|lol|lmao|haha|hehe)\b|[ \t]*$)/;
// Titles (session 11 round 2: the Spanish, Dutch, German, French and Italian ones too, "Dra. Castillo", "Dhr. …"):
// "Dr" takes a lower-case name too ("dr nguyen"); the others need capitals ("Nurse line" is not a name).
// (The lookahead is its first letter again: it lets the engine skip the positions that cannot start it, ~3× faster.)
const TITLE_ANY_CASE = /(?=d)\bdr\.?[ \t]+/giu;
// Capitalised kin words work as titles too ("Grandma Rose", "Aunt Bernadette"); "doctor" only in lower case and with no
// full stop ("doctor Okafor"): headings say "Talk to Your Doctor About…", and "see your doctor. Risk factors…" ends a sentence.
// Clergy, coaches and ward sisters are called by title too ("Bishop Okafor", "Pastor Femi", "Sister Agnes").
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Dr|DR|Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Nana|Cousin|(?:Brother|Sister|Mother|Father|Son|Daughter)-in-law|Bishop|Pastor|Rev|Reverend|Fr|Rabbi|Imam|Sheikh|Coach|Sister|Dra|Sra|Srta|Dhr|Mevr|Mevrouw|Herr|Frau|Mme|Mlle|Dott|Drs)\.?[ \t]+|\bdoctor[ \t]+/gu;
interface Lead {
  pattern: RegExp;
  /** Whether a lower-case word may be the name. */
  lowercase: boolean;
  /** Signatures: only believed where the post ends or contact details follow. */
  signature?: boolean;
  /** A lower-case name is believed even in a text typed with capitals ("… a lot?? thanks, tina"). */
  anyCase?: boolean;
  /** A list of dashed items is not a signature: the lead must occur once in the text. */
  onlyOnce?: boolean;
  /** A lower-case name must be followed by punctuation, "again" or "here" (a given name that is no English word:
   * by what a person does, as after a kin word). */
  pause?: boolean;
  /** Only a listed given name: a capitalised one of the gazetteer, a lower-case one that is no English word. */
  knownNamesOnly?: boolean;
  /** A lower-case name must be no English word ("doctor patel", not "doctor near me"), followed by what a person does. */
  lowercaseNotAWord?: boolean;
  /** A word every match of the pattern holds, with the pattern's flags: a text without it skips the pattern's scan
   * (long texts pay for every scan). */
  gate?: RegExp;
}
const OTHER_LEADS: Lead[] = [
  // "hey its mike", "hi im sam" ("Hi all, Ken Watanabe here" is HERE below). Lower-case only before a pause:
  // "hi its allergic contact dermatitis" is a doctor's answer, not a name.
  { pattern: /(?=[hy])\b(?:hi|hey|hello|yo|hiya)\b(?:[ \t]+(?:guys|all|everyone|folks|y'?all|there))?[,!]?[ \t]+(?:it'?s|its|i'?m|im)[ \t]+/giu, lowercase: true, pause: true },
  // (?=[cwetgn]): the first letters of the alternation's words, so the engine tries them only where one may start.
  { pattern: /(?=[cwetgn])(?:\b(?:calls?|called)[ \t]+(?:him|her|me|them)[ \t]+|\b(?:we|everyone|everybody|they|the kids|the family)(?:[ \t]+all)?[ \t]+call(?:s|ed)?[ \t]+(?!(?:him|her|them|me|it|this|that)\b)|\bgoes by[ \t]+|\bnicknamed?[ \t]+)/giu, lowercase: false, gate: /call|goes by|nickname/iu },
  // "i'm zoe and i've had…": a lower-case introduction with no greeting, for given names that are no English word;
  // believed in a text typed with capitals too ("I'm sofia, 28F, …"), since only a listed name that is no word counts.
  { pattern: /(?<=^|[.!?\n,][ \t]*)(?:i'?m|i am|I'?m|I am)[ \t]+(?=[a-z])/gu, lowercase: true, knownNamesOnly: true, anyCase: true },
  // "I care for Albert", "ask for Bronwyn", "looking after Nkosi": someone cared for or asked after, if a known name.
  { pattern: /(?=[cla])\b(?:care|caring|cared|look|looking|looked|ask|asking|asked)[ \t]+(?:for|after)[ \t]+/giu, lowercase: false, knownNamesOnly: true },
  { pattern: /\bdoctor[ \t]+(?=[a-z])/gu, lowercase: true, lowercaseNotAWord: true },
  {
    pattern: /\b(?:account|policy|insurance|claim|file|booking|appointment|reservation|prescription)s?[ \t]+(?:is[ \t]+|was[ \t]+)?(?:still[ \t]+)?under[ \t]+(?:the[ \t]+name[ \t]+(?:of[ \t]+)?)?/giu,
    lowercase: false,
    gate: /under/iu,
  },
  { pattern: /(?<=^|[.!?)\n][ \t]*)(?:—|–|--?|~)[ \t]*/gu, lowercase: true, signature: true, onlyOnce: true },
  { pattern: /(?<=^|[.!?\n][ \t]*)(?:thanks|thx|thank you|cheers|regards|love|best|xoxo)[,!]?[ \t]+(?=[a-z])/giu, lowercase: true, signature: true, anyCase: true },
];
// What may follow a signature: the end, punctuation, an e-mail address or a phone number.
const SIGNATURE_END = /^[ \t]*(?:[.!]?[ \t]*$|,|[.!]?[ \t]*\(?[^)\s]*@|[,(]?[ \t]*[+(]?\d{3})/;
// "Ken Watanabe here", "María José Fernández here", at the start of a sentence or after a greeting.
const HERE = new RegExp(
  `(?:^|\\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]ola|[Gg]reetings|[Bb]onjour)(?:[ \\t]+(?:all|everyone|folks|there|guys))?[,!]?[ \\t]+)(${WORD}(?:[ \\t]+${WORD}){0,2}(?:[ \\t]+\\p{Lu}\\.)?)[ \\t]+here\\b`,
  'gdu',
);

// Capitalised words that follow a kin word or title without being names.
const NOT_A_NAME = new Set(
  (
    'A An The And Or But So If When While After Before Since Because Then Also Just Still Now Here There This That These Those ' +
    'He She It They We You I His Her Its Their Our My Your Who What Why How Where Which Is Was Has Had Does Did Can Will Would ' +
    'Should Could May Might Must Said Says Told Thinks Wants Keeps Got Gets Took Takes Gave Type Stage Grade Level Day Week ' +
    'Month Year Today Yesterday Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'June July August September October November December Google Oz Who Office Appointment Visit Practitioner Line Hotline ' +
    'Mom Mum Dad Mother Father Son Daughter Wife Husband Baby Grandma Grandpa Nurse Doctor Dr Mr Mrs Ms Miss Sister Brother ' +
    'Aunt Uncle Friend Partner Please Thanks Thank Hi Hello Hey Dear Sorry Ok Okay Yes No Not Never Always Again Update ' +
    'Edit Note Ps Er Ed Icu Gp Ob Bp Hr Md Do Np Pa Rn Lol Omg Btw Plus Any Anyone Everyone Someone Nobody Both All Some ' +
    'Only Even Well Really Finally Recently Lately Suddenly Usually Sometimes Last Next First Second Third Bless Good Bad ' +
    'Emergency Hospital Clinic Urgent Care Health Medical Center Centre Family Primary Pediatric Paediatric Age Click Tap See ' +
    'Read Go Come Sign Log Start Help Right Left Over Up Down Out In May ' +
    // brands named after a doctor or a lady: "Dr. Scholl's", "Dr Pepper", "Mrs. Dash"
    'Scholl Scholls Pepper Martens Bronner Bronners Oetker Dash Fields'
  ).split(' '),
);
// Lower-case words after a kin word or title that are not names ("my mom said", "dr appointment", "my son keeps").
const NOT_A_LOWERCASE_NAME = new Set(
  (
    'a an the and or but so if when while after before since because then also just still now here there this that these ' +
    'those he she it they we you i his her its their our my your who what why how where which is was has had have does did ' +
    'do can will would should could may might must said says told thinks thought wants wanted got get gets took take gave ' +
    'give to at in on with for from of about both again lol too not never always really just even only recently lately ' +
    'suddenly usually today yesterday tonight last next first appointment appt office visit note notes report prescribed ' +
    'ordered recommended suggested mentioned wrote called put started stopped tried used lives lived works worked died ' +
    'passed been being are were am be went go came come saw see seen feel felt thinks keep kept isnt wasnt doesnt didnt ' +
    'cant wont hasnt havent dont also who whom whose just and im ive ill id its thats hes shes theyre were pretty very ' +
    'say tell ask asked know knew like likes loves love hates want need needed needs made make makes seems seemed looks ' +
    'looked finally sometimes usually often barely keeps refuses snores coughs says office clinic visit appt lately mom dad ' +
    // whom a post thanks ("Thank you all.")
    'all everyone everybody guys folks doc docs'
  ).split(' '),
);
// Disease eponyms are names in a medical sense only: "Parkinson's", "Addison's disease".
const EPONYMS = new Set(
  ('Parkinson Alzheimer Crohn Hashimoto Addison Cushing Graves Hodgkin Huntington Raynaud Sjogren Sjögren Bell Down ' +
    'Asperger Tourette Gehrig Meniere Ménière Paget Wilson Kawasaki Barrett Lyme Bright Osgood Scheuermann Perthes ' +
    'Hirschsprung Marfan Ehlers Danlos Kaposi Tay Sachs Wegener Behcet Behçet Still Reiter Guillain Barré Barre Sever Kienbock').split(' '),
);

function isCasual(text: string): boolean {
  // Lower-case names are only believed in text typed in lower case ("hey its mike", "dr nguyen wants").
  return /^[\s\W]*[a-z]/.test(text) || /(?:^|[\s,])(?:i|im|ive|id)(?=[\s,.'’])/.test(text);
}

function capitalisedNameAt(scan: string, at: number): number {
  const match = CAPITALISED.exec(scan.slice(at, at + 80))?.[0];
  if (!match) return 0;
  const words = match.split(/[ \t]+/);
  // Trailing ordinary words are cut ("Dr. Chen Monday"); an ordinary first word means no name.
  while (words.length > 0 && NOT_A_NAME.has(words[words.length - 1].replace(/\.$/, ''))) words.pop();
  if (words.length === 0 || NOT_A_NAME.has(words[0])) return 0;
  const name = words.join(' ');
  const after = scan.slice(at + name.length, at + name.length + 12);
  if (words.length === 1 && EPONYMS.has(words[0]) && /^(?:['’]s\b|\s+(?:disease|syndrome|palsy))/i.test(after)) return 0;
  // A single-letter "initial" is only part of the name when it closes it ("Frank D.").
  return scan.slice(at, at + name.length) === name ? name.length : 0;
}

function lowercaseNameAt(scan: string, at: number): number {
  // Session 10: a possessive is not part of the name ("my sis jojo's rash"): the name is the word before it.
  // One that is an English word is kept so: "dr brown's bottles" and "dr scholl's" are brands.
  const typed = LOWERCASE.exec(scan.slice(at, at + 20))?.[0];
  const word = typed?.replace(/['’]s$/, '');
  if (word && word !== typed && givenNames().isWord(word)) return 0;
  if (!word || word.length < 3 || NOT_A_LOWERCASE_NAME.has(word.replace(/['’]/g, ''))) return 0;
  // Verb and adverb shapes ("keeps", "started", "coughing", "really") are not names; "jess" and "chris" are.
  if (/(?:ed|ing|ly)$/.test(word) || (/s$/.test(word) && !/(?:ss|is|us|as)$/.test(word))) return 0;
  return word.length;
}

// After "doctor" a word that is no English word is a surname only before what the doctor did: "doctor patel says",
// not "see your doctor asap." or "doctor stat for".
const AFTER_DOCTOR_NAME = /^[ \t]+(?:says|said|told|tells|wants|wanted|thinks|thought|recommended|prescribed|suggested|gave|put|ordered|is|was|has|had|and|explained|checked|sent|referred)\b/;
// "it's big mike", "im lil tasha": a nickname's adjective is part of the name.
const NICKNAME_ADJECTIVE = /^(?:big|lil|little|young|ol['’]?)[ \t]+(?=[a-z])/;

// Given names that are also how people say they feel: after "hi im" they are moods, not names.
const MOOD_NAMES = new Set(['Happy', 'Glad', 'Sunny', 'Lucky', 'Merry', 'Rich', 'Young', 'Frank', 'Sonny']);

/**
 * Whether a word is a given name of the gazetteer: capitalised, any listed name ("Albert"); in lower case, one that is
 * no English word ("zoe"), or after a greeting also one that is ("hi im jake and…"), unless it is a mood ("hi im happy").
 */
function isPlainGivenName(word: string, afterGreeting = false): boolean {
  const kind = givenNameKind(word);
  if (kind === 'plain') return true;
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return kind === 'wordlike' && (/^\p{Lu}/u.test(word) || (afterGreeting && !MOOD_NAMES.has(capitalised)));
}

function namesAfter(
  scan: string, lead: RegExp, casual: boolean, lowercase: boolean, out: Candidate[], signature = false, after?: RegExp,
  only: Pick<Lead, 'knownNamesOnly' | 'lowercaseNotAWord'> = {},
): void {
  for (const m of allMatches(scan, lead)) {
    const at = (m.index ?? 0) + m[0].length;
    let length = capitalisedNameAt(scan, at);
    if (length > 0 && only.knownNamesOnly && !isPlainGivenName(scan.slice(at, at + length).split(/[ \t]/)[0])) length = 0;
    if (length === 0 && lowercase && casual) {
      const adjective = NICKNAME_ADJECTIVE.exec(scan.slice(at, at + 10))?.[0].length ?? 0;
      const word = lowercaseNameAt(scan, at + adjective);
      length = word > 0 ? adjective + word : 0;
      const name = scan.slice(at + adjective, at + length);
      const following = scan.slice(at + length, at + length + 12);
      const known = word > 0 && isPlainGivenName(name, after === PAUSE);
      if (only.knownNamesOnly && !known) length = 0;
      // Session 10: a sign-off may be a plea, a mood or texting ("… - help", "— confused", "- thx"), not a name.
      if (signature && word > 0 && NOT_A_SIGNOFF.has(name)) length = 0;
      if (only.lowercaseNotAWord && (givenNames().isWord(name) || !AFTER_DOCTOR_NAME.test(following))) length = 0;
      // A given name that is no English word needs only what a person does after it, as after a kin word.
      if (after && !after.test(following) && !(known && AFTER_LOWERCASE_NAME.test(following))) length = 0;
      if (only.knownNamesOnly && !after && !AFTER_LOWERCASE_NAME.test(following) && !PAUSE.test(following)) length = 0;
    }
    if (length === 0) continue;
    // A signature closes the post.
    if (signature && (at < scan.length - 80 || !SIGNATURE_END.test(scan.slice(at + length, at + length + 40).split('\n')[0]))) continue;
    out.push({ kind: 'name', start: at, end: at + length });
  }
}

export function mentionedEnglishNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  const casual = isCasual(scan);
  namesAfter(scan, AFTER_KIN, casual, false, out);
  namesAfter(scan, BARE_KIN, casual, false, out);
  namesAfter(scan, MY_KIN, casual, true, out, false, AFTER_LOWERCASE_NAME);
  namesAfter(scan, TITLE, casual, false, out);
  namesAfter(scan, TITLE_ANY_CASE, casual, true, out);
  for (const lead of OTHER_LEADS) {
    if (lead.gate && !lead.gate.test(scan)) continue;
    if (lead.onlyOnce && allMatches(scan, lead.pattern).length > 1) continue;
    namesAfter(scan, lead.pattern, casual || lead.anyCase === true, lead.lowercase, out, lead.signature, lead.pause ? PAUSE : undefined, lead);
  }
  for (const m of allMatches(scan, HERE)) {
    const span = m.indices?.[1];
    // At the very start one word is as often a nationality or role ("Taiwanese here") as a name.
    const oneWordAtStart = span?.[0] === m.index && !/\s/.test(m[1]);
    // Session 11: nor is a mood or a role first ("Hello, Worried Mum here"): an English word that is no given name.
    const first = m[1].split(/\s/)[0];
    const moodFirst = givenNames().isWord(first.toLowerCase()) && givenNameKind(first) === undefined;
    if (span && !oneWordAtStart && !moodFirst && capitalisedNameAt(scan, span[0]) > 0) out.push({ kind: 'name', start: span[0], end: span[1] });
  }
  return out;
}
