import { allMatches, type Candidate } from './kinds.js';
import { givenNames } from './given-names.js';

// ── English names that nothing marks: "Dad is Vincent, 78", "My twins Noah and Nora", "Marcus Delgado DOB…",
// "hospice nurse Dee was amazing". A capitalised given name from the gazetteer (given-names.ts) is a name,
// with the surname that follows it; a given name that is also a word ("Grace", "Will", "Tina") needs a cue:
// a surname after it in mid-sentence, a verb of a person, a possessive, a carer's role before it, or another
// name beside it. Eponyms ("Epstein-Barr", "Pierre Robin sequence"), institutions ("Cleveland Clinic"),
// places ("from Austin") and headings are kept.

const TOKEN = /(?<![\p{sc=Latin}\p{N}'’.\-@/_])\p{Lu}\p{Ll}+(?![\p{sc=Latin}\p{N}@_]|['’]\p{Ll}{2}|-\p{L}|\.\p{L})/gu;
// Capitalised words after a given name that are not its surname.
const NOT_A_SURNAME = /^(?:The|And|But|For|With|In|On|At|To|Of|A|An|Is|Was|This|That|He|She|It|They|We|You|My|His|Her|If|When|So|Or|Also|Then|Hi|Dr|Mr|Mrs|Ms)$/;
// A surname: "Delgado", "O'Connell", "MacLeod", "Brooks-Harrington", "Müller"; a middle initial may come first.
const SURNAME = /^(?:[ \t]+\p{Lu}\.)?[ \t]+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/u;
const CLOSING_INITIAL = /^[ \t]+\p{Lu}\.(?![\p{L}\p{N}])/u;
// What makes a capitalised run an eponym, a disease or an institution rather than a person.
// Medical words are matched with or without a capital ("Hunt Syndrome"); institutions and places only with one,
// so "Vincent has heart disease" keeps its name and "at the clinic" is not "Cleveland Clinic". No i flag: with it
// \p{Lu} would match any letter.
const MEDICAL_WORDS = 'de|la|von|van|du|diseases?|syndromes?|paralysis|palsy|sign|sequence|pupil|test|procedure|maneuver|manoeuvre|reflex|phenomenon|anomaly|malformation|disorder|tumou?rs?|fracture|operation|classification|scale|surgery|repair|release|shunt|flap|criteria|score|cyst|ulcer|nodes?|method|virus|body|bodies|cells?|gene|protein|technique|index|formula|oil|type|level|stage|grade|class|variant|particle|\\p{L}*(?:pathy|itis|osis|oma|emia|aemia|plasia|trophy|algia|uria|penia|ectomy|otomy|plasty|porphyria|ism|fever)'
  .split('|')
  .map((w) => (/^[a-z]/.test(w) ? `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}` : w))
  .join('|');
const INSTITUTION_OR_PLACE_WORDS = 'Hospital|Clinic|Clinics|Medical|Health|Healthcare|Centers?|Centres?|Memorial|Children[’\\x27]s|University|College|Institute|Foundation|School|County|Street|St\\b|Road|Rd\\b|Avenue|Ave\\b|Boulevard|Drive|Lane|Park|Pharmacy|Labs?|Laboratories|Inc\\b|Corp|Company|Co\\b|Cancer|Heart|Eye|Kidney|National|Research|Society|Association|Program|Programme|Award|Prize|Act\\b|Law\\b|Service|Mountains?|River|Coast|Valley|Africa|African|America|American|Asia|Europe|Island|Islands|Bay|Beach|City|Town';
const EPONYM_OR_PLACE = new RegExp(
  `^(?:['’]s?)?[ \\t]+(?:\\p{Lu}\\.?[ \\t]+)?(?:\\p{Lu}[\\p{L}-]+(?:['’]s)?[ \\t]+){0,2}(?:\\p{Ll}+(?:ic|al|ous)[ \\t]+)?(?:${MEDICAL_WORDS}|${INSTITUTION_OR_PLACE_WORDS})(?![\\p{L}])`,
  'u',
);
// What a person has, not an eponym: "Marisol's fever broke", "Vincent's test results" (but "Bennett's fracture" and
// "Baker's cyst" are eponyms, so those words are not listed).
const PERSONAL_POSSESSION = /^['’]s[ \t]+(?:fever|temperature|tests?|results?|levels?|scores?|surgery|operation|blood|type)\b/u;
// A capitalised word before the given name in mid-sentence makes it part of a title or a longer proper noun
// ("Spinal Cord Tumors", "Tiny Tim", "Polycythemia Vera", "Morris K. Udall"); greetings and titles do not.
const CAPITALISED_BEFORE = /\b(\p{Lu}[\p{L}'’-]*\.?)[ \t]+$/u;
const GREETING = /^(?:Hi|Hello|Hey|Dear|Thanks|Thank|Hiya|Morning|Evening|Welcome|Congrats|Bye|Love|Cheers)$/;
// An author in a reference list: "Jackson M, et al.", "Moore A. Aniridia. GeneReviews".
const CITATION = /^[ \t]+\p{Lu}{1,3}(?:,|\.[ \t]*(?:,|\p{Lu}\p{Ll}+\.)|[ \t]+et al)/u;
// Before the run: a saint or a mountain ("St. Jude", "Mount Sinai"), a particle of a surname ("von Willebrand"),
// a place preposition ("from Austin", "in Victoria").
const NOT_AFTER = /(?:\b(?:St|Saint|Mount|Mt|San|Santa|Fort|Ft|Lake|Port|Cape|von|van|de|del|la|le|di|du)\.?|\b(?:in|at|from|near|outside|visiting|of|the|(?:moved|moving|move|flew|fly|trip|drove|relocated|went|go|going|been|travell?ed|travell?ing|back|holiday) to)|[-‐–]|\d)[ \t]*$/iu;
// After a given name that is also a word, a verb or possessive of a person ("Tina said", "Will's mom").
const PERSON_VERB =
  /^(?:['’]s[ \t]+(?!disease|syndrome|palsy|sign|test|law)\p{Ll}|[ \t]+(?:said|says|told|tells|asked|asks|texted|called|calls|wrote|writes|thinks|thought|wants|wanted|was|is|has|had|gets|got|keeps|kept|went|goes|came|comes|died|passed|lives|lived|feels|felt|needs|needed|helped|helps|took|takes|gave|gives|and[ \t]+I|who|turned)\b)/u;
const SPEECH_VERB =
  /^[ \t]+(?:said|says|told|tells|asked|asks|texted|called|wrote|thinks|and[ \t]+I|(?:was|is|has[ \t]+been|got)[ \t]+(?:diagnosed|admitted|born|prescribed|hospitali[sz]ed|rushed|discharged|started[ \t]+on|put[ \t]+on))\b/u;
// Verbs that take a person as their object: "I took Oliver to urgent care", "drove Rose home".
const PERSON_OBJECT = /\b(?:contact|ask|asked|took|take|taking|brought|bring|bringing|drove|drive|driving|told|asked|called|texted|visited|met|helped|hugged|carried|fed|bathed|babysit|babysat|picked[ \t]+up|dropped[ \t]+off)[ \t]+$/iu;
// Carers and kin named without a possessive ("hospice nurse Dee", "The district nurse, Bernadette", "twins Noah").
const ROLE_BEFORE =
  /\b(?:nurse|aide|carer|caregiver|therapist|midwife|doula|nanny|babysitter|coach|friend|neighbou?r|cousin|twins?|kids?|sons?|daughters?|granddaughter|grandson|husband|wife|partner|dad|mom|mum|father|mother|brother|sister|is|named|patient|pt)[ \t]*,?[ \t]+$/iu;
// Where a capital says nothing about a name; an opening bracket is not one ("(Tina Dang, tdang@…)").
const SENTENCE_START = /(?:^|[.!?:;"“”)\]\n—–]|\s-)[ \t]*$/u;

/** Sentence-initial words in title-case lines ("Signs And Symptoms Of Bell Palsy") are headings, not names. */
// Decided once per line (a cache per call): a 20,000-character line with a capitalised word every few
// characters would otherwise be read again for each of them.
function inHeading(scan: string, at: number, lines: Map<number, boolean>): boolean {
  const lineStart = scan.lastIndexOf('\n', at) + 1;
  let heading = lines.get(lineStart);
  if (heading === undefined) {
    const lineEnd = scan.indexOf('\n', at);
    const words = scan.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).match(/\p{L}+/gu) ?? [];
    heading = words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
    lines.set(lineStart, heading);
  }
  return heading;
}

// A name the gazetteer does not hold, told the way a case is presented: two or three capitalised words opening
// the text or a line, then an age ("Jun Wei Tan, 45, on amlodipine"). One of the words must not be an English
// word, so "Type Two, 45" is not a name.
const NAME_THEN_AGE = /(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}),[ \t]*\d{1,3}(?:[ \t]*(?:,|y\/?o\b|yo\b|years?\b|[MF]\b))/gdu;

// One given name introducing the writer at a line's start, then what they are: "Just Bill, retired, 92", "Grace, 45,
// type 2". Only a gazetteer name (even one that is a word: Bill, Grace) counts, since "Tylenol, 500 mg" has the shape.
const GIVEN_NAME_INTRO = /(?:^|\n)[ \t]*(?:(?:Just|Only|It['’]s|Its|Me)[ \t]*,?[ \t]+)?(\p{Lu}\p{Ll}+),[ \t]*(?:\d{1,3}(?:[ \t]*(?:,|y\/?o\b|yo\b|yrs?\b|years?\b|[MF]\b))|(?:retired|widowed|widow|widower|married|single|divorced|male|female|aged?|mom|mum|dad|mother|father|grand(?:ma|pa|mother|father))\b)/gdu;

export function unmarkedEnglishNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(scan, GIVEN_NAME_INTRO)) {
    const { plain, wordlike } = givenNames();
    if (plain.has(m[1]) || wordlike.has(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of allMatches(scan, NAME_THEN_AGE)) {
    const span = m.indices![1];
    const words = m[1].split(/[ \t]+/);
    if (words.some((w) => !givenNames().isWord(w.toLowerCase()))) out.push({ kind: 'name', start: span[0], end: span[1] });
  }
  if (!/\p{Lu}\p{Ll}/u.test(scan)) return out;
  const { plain, wordlike, isWord } = givenNames();
  const isGiven = (w: string) => plain.has(w) || wordlike.has(w);
  const lines = new Map<number, boolean>();
  for (const m of allMatches(scan, TOKEN)) {
    const word = m[0];
    const isPlain = plain.has(word);
    if (!isPlain && !wordlike.has(word)) continue;
    const at = m.index!;
    const before = scan.slice(Math.max(0, at - 24), at);
    if (NOT_AFTER.test(before)) continue;
    let end = at + word.length;
    const surname = SURNAME.exec(scan.slice(end, end + 40));
    const initial = SENTENCE_START.test(before);
    // A following capitalised word is the surname unless it is a word that only a sentence start capitalises.
    if (surname && !NOT_A_SURNAME.test(surname[1]) && !(initial && !isPlain && isWord(surname[1].toLowerCase()))) end += surname[0].length;
    // Or a closing initial: a post signed "Linda P.", "ask Marcus T. about it".
    else {
      const closing = CLOSING_INITIAL.exec(scan.slice(end, end + 6));
      if (closing) end += closing[0].length;
    }
    const next = scan.slice(at + word.length, at + word.length + 80);
    if ((EPONYM_OR_PLACE.test(next) && !PERSONAL_POSSESSION.test(next)) || CITATION.test(next) || inHeading(scan, at, lines)) continue;
    const capitalisedBefore = CAPITALISED_BEFORE.exec(before);
    if (capitalisedBefore && !GREETING.test(capitalisedBefore[1])) {
      // "Yesterday Gwendolyn fell": a sentence's first word, capitalised only for that, does not make a title.
      const wordAt = at - capitalisedBefore[0].length;
      const firstOfSentence = SENTENCE_START.test(scan.slice(Math.max(0, wordAt - 4), wordAt));
      if (!firstOfSentence || !isWord(capitalisedBefore[1].toLowerCase())) continue;
    }
    // A possessive before a capitalised word is a title or a brand: "Harrison's Principles", "Lorenzo's Oil".
    if (/^['’]s[ \t]+\p{Lu}/u.test(scan.slice(end, end + 6))) continue;
    // A gloss in brackets after Chinese text ("丹娜颗粒（Dane）") names a thing, not a person.
    if (/[\u4e00-\u9fff][（(][ \t]*$/u.test(before)) continue;
    // An eponym in Chinese text: "Todd麻痹", "Down氏症".
    if (/^[氏病症综綜征徵麻痹瘫癱]/u.test(scan.slice(at + word.length, at + word.length + 1))) continue;
    if (!isPlain) {
      const tail = scan.slice(at + word.length, at + word.length + 30);
      const nextToName = /^[ \t]+(?:and|&|or)[ \t]+(\p{Lu}\p{Ll}+)/u.exec(tail);
      const cued =
        (surname !== null && end > at + word.length) ||
        ROLE_BEFORE.test(before) ||
        PERSON_OBJECT.test(before) ||
        (initial ? SPEECH_VERB.test(tail) : PERSON_VERB.test(tail)) ||
        (nextToName !== null && isGiven(nextToName[1])) ||
        /\b\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+$/u.test(before) && isGiven(/(\p{Lu}\p{Ll}+)[ \t]+(?:and|&)[ \t]+$/u.exec(before)![1]);
      if (!cued) continue;
    }
    out.push({ kind: 'name', start: at, end });
  }
  return out;
}
