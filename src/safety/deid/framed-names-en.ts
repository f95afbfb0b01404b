import { allMatches, type Candidate } from './kinds.js';
import { givenNames } from './given-names.js';

// ── English names of any culture, found by the sentence around them rather than a gazetteer: the name stands
// where only a person can ("Kenji my husband has…", "me and Priya went", "Update from Olu:", "Thanks Linda and
// Raj for…", "Big Mike from my gym says", "kayla's mom", "my sons name is jayden", "kayla is my daughter").
// The gazetteer (given-names.ts) holds mostly Anglo names; Priya, Kenji, Olu, Ngozi and Mateo need these frames.
// A word of the frame's slot that is an English word in lower case ("Diabetes my husband has", "me and Bob" is
// fine, "me and Doctor") is kept unless the gazetteer calls it a given name.

const KIN =
  'mother|mom|mum|father|dad|son|daughter|wife|husband|hubby|brother|sister|grandma|grandpa|grandmother|grandfather|' +
  'granny|nana|aunt|auntie|uncle|niece|nephew|cousin|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|friend|best friend|' +
  'neighbou?r|roommate|twin|baby|kid|child|toddler|grandson|granddaughter|stepson|stepdaughter|coworker|colleague|boss|' +
  '(?:mother|father|son|daughter|brother|sister)-in-law';
// "Ji-woo" and "Jean-Luc" are one word.
const WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?";
const NAME = `${WORD}(?:[ \\t]+${WORD})?`;
// Each name of a list the frames caught ("Linda and Raj"), compiled once rather than at every match.
const NAME_IN_LIST = new RegExp(NAME, 'gu');
const LOWER = "[a-z][a-z'’-]{2,14}";

// A capitalised name, then the relationship: "Kenji my husband has", "Grace (my twin) has", "Mateo, my son, is".
const NAME_THEN_KIN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME})[ \\t]*(?:\\([ \\t]*|,[ \\t]*|[ \\t]+)(?:my|our)[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:${KIN})\\b`, 'dgu');
// The asker and someone else: "me and Priya went", "Priya and I", "Kwame and me".
const WITH_ME = new RegExp(`\\b(?:[Mm]e|[Ii])[ \\t]+and[ \\t]+(${NAME})(?![\\p{L}])|(?<![\\p{L}'’-])(${NAME})[ \\t]+and[ \\t]+(?:I|me)\\b`, 'dgu');
// The same in lower-case texting: "me and priya both got covid", "took mateo to urgent care". Only gazetteer names, so
// "me and mom", "took tylenol to the er" stay.
const WITH_ME_LOWER = new RegExp(`\\b(?:me|i)[ \\t]+(?:and|n|&)[ \\t]+(${LOWER})(?=[ \\t]+(?:both|went|got|have|had|are|were|all|each)\\b)`, 'dgu');
const TAKEN_TO_CARE_LOWER = new RegExp(`\\b(?:took|take|taking|brought|bring|drove|rushed)[ \\t]+(${LOWER})[ \\t]+to[ \\t]+(?:the[ \\t]+|a[ \\t]+|an[ \\t]+|see[ \\t]+(?:the[ \\t]+|a[ \\t]+)?)?(?:er|a&e|emergency|hospital|doctor|doc|clinic|urgent care|pediatrician|paediatrician|gp|dentist|specialist)\\b`, 'dgu');
// The asker's own name in brackets: "I (Wen) am 29", "me (Tatiana) and my husband".
// What follows must continue a sentence about the asker: "copolymer I (Copaxone), for…" is a numeral and a brand.
const ME_BRACKETED = new RegExp(`\\b(?:I|[Mm]e|[Mm]yself)[ \\t]*\\([ \\t]*(${NAME})[ \\t]*\\)(?=[ \\t]+(?:and|am|was|have|had|feel|think|got|just|also|really|can|can['’]t|don['’]t|do|did|will|need|want|live|work|keep|still)\\b|['’](?:m|ve|d)\\b)`, 'dgu');
// A baby or pet named by the asker: "We named her Zuri", "named him Kayode after his grandad".
const NAMED_THEM = new RegExp(`\\b(?:named|name|calling|call|called)[ \\t]+(?:him|her|them|the baby|our (?:son|daughter|baby))[ \\t]+(${NAME})(?![\\p{L}])`, 'dgu');
// Who a post or message comes from: "Update from Olu:", "Message from Aisha -", "Posted by Nana_Joyce:".
// "Greetings from Rajesh in Pune", "Love from Aoife!": a greeting from a person or a place ("Hello from Lagos!"), so only a
// given name of the gazetteer counts.
const GREETING_FROM = new RegExp(`\\b(?:[Gg]reetings|[Hh]ello|[Hh]i|[Ll]ove|[Rr]egards|[Cc]heers)[ \\t]+from[ \\t]+(${WORD})(?=[ \\t]*[:,.!\\-–—(]|[ \\t]+in\\b|[ \\t]*$)`, 'dgmu');
const FROM = new RegExp(`\\b(?:[Uu]pdate|[Mm]essage|[Nn]ote|[Pp]ost|[Nn]ews|[Qq]uestion|[Tt]ext|[Ll]etter|(?:quick )?one|[Qq]uery|[Ee]nquiry|[Ii]nquiry|[Rr]equest|[Ll]ine)[ \\t]+from[ \\t]+(${NAME})(?=[ \\t]*[:,.!\\-–—(]|[ \\t]*$)`, 'dgmu');
const POSTED_BY = /\b(?:[Pp]osted|[Ss]ubmitted|[Ww]ritten|[Ss]ent|[Aa]sked)[ \t]+by[ \t]+(?:(?:user|u\/|@)[ \t]*)?([\p{L}\p{N}][\p{L}\p{N}_.-]{1,30}[\p{L}\p{N}])(?<=[\p{Lu}_\d][\p{L}\p{N}_.-]*)/dgu;
// Thanks to people in the middle of a post: "Thanks Linda and Raj for the support", "thank you, Ama, for…".
const THANKS = new RegExp(`\\b(?:[Tt]hanks|[Tt]hank[ \\t]+you|[Ss]hout[ \\t-]?out)(?:[ \\t]+to)?[ \\t]*,?[ \\t]+(${NAME}(?:[ \\t]*,[ \\t]*${NAME})*(?:[ \\t]*,?[ \\t]+(?:and|&)[ \\t]+${NAME})?)(?=[ \\t]*,?[ \\t]+for\\b|[ \\t]*[,.!]?[ \\t]*$)`, 'dgmu');
// A person from somewhere the asker goes: "Big Mike from my gym says", "Dave from work told me".
const FROM_PLACE = new RegExp(`(?<![\\p{L}'’-])((?:(?:Big|Little|Lil|Old|Young)[ \\t]+)?${NAME})[ \\t]+(?:from|at)[ \\t]+(?:my|our|the)?[ \\t]*(?:gym|work|office|church|mosque|temple|school|class|team|job|choir|club|book club|yoga|daycare|playgroup)\\b`, 'dgu');
// Whom a post greets, at its start or a line's: "Hi Priya,", "Dear Kwame -", "Hello Mrs Ito" is the title's.
const GREETED = new RegExp(`(?:^|\\n)[ \\t]*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Hh]iya|[Gg]ood (?:morning|evening|afternoon))[ \\t]+(${NAME})(?=[ \\t]*[,!:\\-–—])`, 'dgu');
// Someone taken to care: "I took Ananya to the ER", "rushed Kofi to hospital" ("took Tylenol to help" has no place).
const TAKEN_TO_CARE = new RegExp(`\\b(?:took|take|taking|brought|bring|bringing|drove|drive|driving|rushed|carried)[ \\t]+(${NAME})[ \\t]+(?:in[ \\t]+)?to[ \\t]+(?:the[ \\t]+|a[ \\t]+|an[ \\t]+|see[ \\t]+(?:the[ \\t]+|a[ \\t]+)?|her[ \\t]+|his[ \\t]+)?(?:ER|A&E|ED|emergency|hospital|doctor|doc|clinic|urgent care|pediatrician|paediatrician|GP|dentist|ICU|specialist|dermatologist|neurologist|cardiologist)\\b`, 'dgu');
// Someone the asker is about, then he or she: "I'm worried about Tariq, he's 4", "for Amara, she is 9 months".
// The word before matters: "After Tylenol, he was fine" names a medicine.
const NAME_THEN_PRONOUN = new RegExp(`\\b(?:about|for|with|miss|named|called)[ \\t]+(${WORD})[ \\t]*,[ \\t]*(?:he|she)(?:['’]s|[ \\t]+(?:is|was|has|had|just|keeps|turned))\\b`, 'dgu');
// One's own clinician or helper named after the role: "my psychiatrist Oluwaseun is on leave", "her GP, Nkechi, said",
// "our midwife Ayesha". The role words do not take a name in everyday use ("my GP Surgery", "my dentist Monday" are kept
// by isName: an English word that no gazetteer holds is not a name).
const CLINICIAN =
  'doctor|doc|gp|GP|physician|psychiatrist|psychologist|counsell?or|therapist|physio|physiotherapist|dentist|surgeon|consultant|' +
  'specialist|oncologist|cardiologist|neurologist|p(?:a)?ediatrician|dermatologist|endocrinologist|gyn(?:a)?ecologist|obgyn|OBGYN|ob|OB|OB-GYN|' +
  'midwife|pharmacist|rheumatologist|urologist|nephrologist|h(?:a)?ematologist|gastroenterologist|gi|GI|pulmonologist|allergist|' +
  'optometrist|ophthalmologist|chiropractor|internist|psychotherapist|dietitian|dietician|nutritionist|doula|health visitor|' +
  'social worker|case worker|caseworker|care coordinator|home help|aide|carer|caregiver|nanny|babysitter|sponsor|pastor|priest|imam|rabbi';
const AFTER_CLINICIAN = new RegExp(`\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:${CLINICIAN})[ \\t]*(?:,[ \\t]*|\\([ \\t]*|[ \\t]+)(${NAME})(?![\\p{L}])`, 'dgu');
// One word and "here" opening the post: "Arjun here, …". Nationalities say the same ("Taiwanese here"), so a word
// that is not in the gazetteer must not end like one.
const HERE_AT_START = new RegExp(`^[ \\t]*(?:(?:hi|hello|hey)[ \\t]*[,!]?[ \\t]+)?(${WORD})[ \\t]+here\\b(?=[ \\t]*[,.!:;\\-–—(])`, 'diu');
const ONE_NAME_WORD = new RegExp(`^${WORD}$`, 'u');
const DEMONYM = /(?:ese|ian|ean|can|ish|ino|ina|ani|abi|ali|eli|aqi|udi|iti|eni)$|^(?:Thai|Kiwi|Brit|Aussie|Desi|Pinoy|Swiss|Dutch|Greek|Irish|Scot|Welsh)$/;
// Lower-case texting: "texted kayla's mom", "my sons name is jayden", "kayla is my daughter".
const LOWER_POSSESSIVE_KIN = new RegExp(`(?<![\\p{L}'’-])(${LOWER})['’]s[ \\t]+(?:${KIN})\\b`, 'dgu');
const KIN_NAME_IS = new RegExp(`\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)[ \\t]+(?:${KIN})(?:['’]?s)?[ \\t]+name[ \\t]+is[ \\t]+(${LOWER}|${WORD})`, 'dgu');
const IS_MY_KIN = new RegExp(`(?<![\\p{L}'’-])(${LOWER}|${WORD})[ \\t]+(?:is|was)[ \\t]+my[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:${KIN})\\b`, 'dgu');

// Capitalised words that may stand in these slots without being names.
const NOT_A_NAME = new Set(
  ('I Me My The A An And Or But So If When Then Also Just This That It He She They We You Who Thanks Thank Hi Hey Hello ' +
    'Dear Update Edit Doctor Dr Nurse God Jesus Lord Everyone Everybody Anyone All Both Sorry Please Mom Dad Mum Baby ' +
    'Today Yesterday Tonight Now Here There Help Question Note Post Message News Anonymous Admin Moderator User Guest ' +
    // questions open with these ("Will my son need…", "Can my wife take…")
    'Will Can May Should Does Did Is Was Has Could Would Might Must Shall ' +
    // days and months stand where a name would ("my dentist Monday said")
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December ' +
    // where a post comes from ("Update from Taiwan:")
    'Taiwan China India Canada Australia Japan Korea Singapore Malaysia Hong Kong Philippines Vietnam Thailand Nigeria Kenya ' +
    'Ghana Pakistan Mexico Brazil Uk Usa Us Europe Africa Asia America London Texas California').split(' '),
);
// Lower-case words of those slots that are words, not names ("the kids mom", "this is my daughter").
const NOT_A_LOWERCASE_NAME = new Set('she he it this that who which what there here one mine hers his theirs'.split(' '));

function isName(candidate: string, lowercase: boolean): boolean {
  const { plain, wordlike, isWord } = givenNames();
  const words = candidate.split(/[ \t]+/);
  if (lowercase) {
    return /^[a-z]/.test(candidate) && !NOT_A_LOWERCASE_NAME.has(candidate) && (!isWord(candidate) || plain.has(cap(candidate)));
  }
  if (words.some((w) => NOT_A_NAME.has(w))) return false;
  // One known given name is enough; otherwise no word may be an ordinary English word ("Diabetes my husband…").
  return words.some((w) => plain.has(w) || wordlike.has(w)) || words.every((w) => !isWord(w.toLowerCase()));
}
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

export function framedEnglishNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (span: [number, number] | undefined, value: string | undefined, lowercase = false) => {
    if (span && value && isName(value, lowercase)) out.push({ kind: 'name', start: span[0], end: span[1] });
  };
  // Each frame has a word it cannot do without; a text without it is not searched for that frame (these run at
  // import over every question, and a pattern that starts with a capitalised word is tried at every capital).
  if (!/[A-Za-z]/.test(scan)) return out;
  const has = (word: RegExp) => word.test(scan);
  const capitalFrames = [
    has(/\b(?:my|our)\b/i) && NAME_THEN_KIN,
    has(/\bfrom\b/i) && FROM,
    has(/\b(?:thank|shout)/i) && THANKS,
    has(/\b(?:from|at)\b/) && FROM_PLACE,
    has(/\b(?:hi|hello|hey|dear|hiya|good)\b/i) && GREETED,
    has(/\bto\b/) && TAKEN_TO_CARE,
    has(/,[ \t]*(?:he|she)\b/) && NAME_THEN_PRONOUN,
    has(/\b(?:my|our|his|her|their)\b/i) && AFTER_CLINICIAN,
    has(/\(/) && ME_BRACKETED,
    has(/\b(?:name|call)/i) && NAMED_THEM,
  ];
  for (const pattern of capitalFrames) {
    if (!pattern) continue;
    for (const m of allMatches(scan, pattern)) {
      const [start] = m.indices![1];
      // In a list ("Linda and Raj") a word beside a name is a name too, though "raj" is also a word.
      const parts = allMatches(m[1], NAME_IN_LIST);
      const listOfNames = parts.length > 1 && parts.some((p) => isName(p[0], false));
      for (const part of parts) {
        const at = start + part.index!;
        const words = part[0].split(/[ \t]+/);
        const nickname = /^(?:Big|Little|Lil|Old|Young)$/.test(words[0]) && words.length > 1;
        if (nickname || (listOfNames && !words.some((w) => NOT_A_NAME.has(w)))) out.push({ kind: 'name', start: at, end: at + part[0].length });
        else push([at, at + part[0].length], part[0]);
      }
    }
  }
  for (const m of has(/\band\b/) ? allMatches(scan, WITH_ME) : []) {
    const group = m[1] !== undefined ? 1 : 2;
    // "I'm Taiwanese and I…", "feeling Nauseous and I…": a complement of the asker, not a second person.
    if (group === 2 && /\b(?:am|['’]m|im|is|are|was|were|be|been|feel|feeling|felt|get|getting|got)[ \t]+$/i.test(scan.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    push(m.indices![group], m[group]);
  }
  for (const m of has(/\bby\b/) ? allMatches(scan, POSTED_BY) : []) {
    if (!/^(?:a|an|the|my|me|him|her|them|someone|anonymous|admin|moderator)$/i.test(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of has(/\bfrom\b/) ? allMatches(scan, GREETING_FROM) : []) {
    const { plain, wordlike } = givenNames();
    if (plain.has(m[1]) || wordlike.has(m[1])) push(m.indices![1], m[1]);
  }
  const here = HERE_AT_START.exec(scan);
  // The pattern's i flag (for "Hi") lets \p{Lu} match any letter, so the word's capitals are checked here ("UK here").
  if (here && ONE_NAME_WORD.test(here[1])) {
    const { plain, wordlike } = givenNames();
    const known = plain.has(here[1]) || wordlike.has(here[1]);
    if (known || (!DEMONYM.test(here[1]) && isName(here[1], false))) push(here.indices![1], here[1]);
  }
  const lowerFrames = [has(/['’]s\b/) && LOWER_POSSESSIVE_KIN, has(/\bname\b/) && KIN_NAME_IS, has(/\bmy\b/) && IS_MY_KIN];
  // These two slots also hold medicines in lower case ("took tylenol to the er"), so only a gazetteer name counts.
  for (const pattern of [has(/\b(?:me|i)[ \t]+(?:and|n|&)\b/) && WITH_ME_LOWER, has(/\bto\b/) && TAKEN_TO_CARE_LOWER]) {
    if (!pattern) continue;
    const { plain, wordlike } = givenNames();
    for (const m of allMatches(scan, pattern)) {
      const name = cap(m[1]);
      if (plain.has(name) || (wordlike.has(name) && pattern === TAKEN_TO_CARE_LOWER)) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
  for (const pattern of lowerFrames) {
    if (!pattern) continue;
    for (const m of allMatches(scan, pattern)) push(m.indices![1], m[1], /^[a-z]/.test(m[1]));
  }
  return out;
}
