import type { Passage } from './types.js';
import { contentStems, coverage, overlapCount, stemSet } from './text/tokens.js';
import { answerNegationsSpelledOut, containsRun, FOR_ONE_POPULATION, isEverydayTopic, nameRun, nameRuns, singleNameKind, slashAcronyms, withoutNegations } from './namedTopics.js';
import { isEnglishWord } from './text/englishDictionary.js';
import { complaintPhrase, GENERIC_TOPIC_WORDS, TREATMENT_OR_TEST, topicStems } from './topic.js';
import { BODY_PARTS, COMPLAINT_HEADS, DISEASE_SUFFIX } from './topicWords.js';
import { parentTopicOf } from './parentTopics.js';
import { askerConditions, namedMisspelt, pageTexts, speaksOfCondition } from './askerConditions.js';

// Which of the caller's FAQ entries a More Info may draw on, and which topic leads.

const MAX_OTHER_TOPICS = 2;
const NOT_EDUCATIONAL_QTYPES = new Set(['research', 'support groups']);
const GERM_CLASS_PAGE = /^(?:Bacterial|Viral|Fungal|Parasitic) Infections$|^Infections$|^Infectious Diseases$/;
const OLDER_ADULT_PAGE = /\b(?:older adults|seniors|elderly)\b/i;
const OLDER_ADULT = /\b(?:older|elderly|senior|seniors|retired|grand(?:mother|father|ma|pa)|old age|(?:[6-9]\d|1[01]\d)[- ]?(?:years?|yrs?|yo|y\/o)\b)/i;
const PREGNANCY_WORDS = /\b(?:pregnan(?:t|cy|cies)|expecting|trimester|prenatal|conceive|conceiving|miscarriage|breastfeeding)\b/i;
const CHILD_WORDS = /\b(?:child|children|childhood|kids?|infants?|bab(?:y|ies)|newborns?|toddlers?|teens?|teenagers?|adolescents?|pediatric|son|daughter|boy|girl|granddaughter|grandson)\b/i;

/** "What I need to know about Hepatitis B" → "Hepatitis B"; "Pyelonephritis: Kidney Infection" → "Pyelonephritis (Kidney Infection)". */
export function cleanFocus(focus: string): string {
  const bare = focus.replace(/^what (?:i|you) need to know about\s+/i, '').replace(/\s*\?$/, '').trim();
  const colon = /^([^:]+):\s*(.+)$/.exec(bare);
  if (!colon) return bare;
  // "Hepatitis B: What Asian … Need to Know", "Viral Hepatitis: A through E and Beyond": keep the name.
  if (/\b(?:what|need to know|beyond|through|for|about|guide|overview|facts)\b/i.test(colon[2])) return colon[1].trim();
  return `${colon[1]} (${colon[2]})`;
}

/**
 * A doctor's mention names a topic when it is a condition of two words or more, or one that looks like
 * one ("sciatica", "costochondritis"); "take antibiotics" or "rare infections" name no page.
 */
/**
 * A one-word name in the question: "Surgery" or "Blood" is what the asker mentions, not what the question
 * is about; a body part ("Back Injuries") only when the asker's complaint is there ("my back hurts", not
 * "it came back normal").
 */
function questionMayName(stem: string, complaint: Set<string>): boolean {
  const kind = singleNameKind(stem);
  return kind === 'specific' || (kind === 'part' && complaint.has(stem));
}

const LOCATING = /^(?:in|of|on|at|around|behind|under|near|inside)$/;
const INJURING = /^(?:dislocat\w*|hurt|hurts|hurting|injur\w*|broke|break|broken|breaking|sprain\w*|strain\w*|twist\w*|tore|torn|tear|fractur\w*|pull|pulled|jammed|stubbed)$/;
const POSSESSIVE = /^(?:my|the|his|her|our|their|both|left|right|lower|upper|inner|outer|whole)$/;
const isComplaintWord = (w: string) => COMPLAINT_HEADS.has(w) || COMPLAINT_HEADS.has(w.replace(/s$/, '')) || DISEASE_SUFFIX.test(w);

/**
 * The stems of the asker's complaint ("ear pain" → ear, pain). A disease named for several body parts
 * ("hand foot and mouth disease") is no complaint of the foot: its parts name no body-part page.
 */
function complaintStems(questionText: string): Set<string> {
  const phrase = complaintPhrase(questionText) ?? '';
  const parts = / and /.test(phrase) ? new Set(phrase.split(' ').filter((w) => BODY_PARTS.has(w)).flatMap((w) => contentStems(w))) : new Set<string>();
  return new Set([...topicStems(phrase)].filter((s) => !parts.has(s)));
}

/**
 * Body parts the question places a complaint at: "ear infection", "shoulder dislocations", "spine
 * problems", "lordosis of back spine", "chipped a bone on the end of my elbow" is not one (no complaint
 * word). A page on the part ("Ear Disorders", "Shoulder Injuries and Disorders") is then about where
 * the asker's trouble is, as much as "my back hurts" makes "Back Pain" the asker's.
 */
export function complaintSites(questionText: string): Set<string> {
  const tokens = withoutNegations(questionText.replace(/’/g, "'")).toLowerCase().match(/[a-z]+(?:['-][a-z]+)*/g) ?? [];
  const sites = new Set<string>();
  tokens.forEach((t, i) => {
    // "the back of his neck", "front of the knee": a side of something, not the back.
    if (!BODY_PARTS.has(t) || tokens[i + 1] === 'of') return;
    // "hand foot and mouth disease": the name of a disease, not a complaint at the mouth.
    if (tokens[i - 1] === 'and' && BODY_PARTS.has(tokens[i - 2] ?? '')) return;
    // "ear infection", "back spine problems": the part (or parts) right before a complaint word.
    let j = i + 1;
    while (j < tokens.length && BODY_PARTS.has(tokens[j]) && j - i < 3) j++;
    let located = j < tokens.length && isComplaintWord(tokens[j]);
    // "lordosis of back spine", "infection in my left ear".
    let k = i - 1;
    while (k >= 0 && (POSSESSIVE.test(tokens[k]) || BODY_PARTS.has(tokens[k])) && i - k < 4) k--;
    if (k >= 1 && LOCATING.test(tokens[k]) && isComplaintWord(tokens[k - 1])) located = true;
    // "did I dislocate my shoulder", "I hurt my back": an injury done to the part.
    if (k >= 0 && k < i - 1 && INJURING.test(tokens[k])) located = true;
    if (located) for (const stem of contentStems(BODY_PARTS.get(t) ?? t)) sites.add(stem);
  });
  return sites;
}

/**
 * A name written as an acronym in mixed case ("IMAGe syndrome": intrauterine growth restriction,
 * metaphyseal dysplasia, …) is named only by that spelling, not by the word it looks like ("had an MRA
 * image", read on dev).
 */
function acronymCaseKept(focus: string, text: string): boolean {
  const mixed = focus.match(/\b[A-Z]{2,}[a-z]+\b/g) ?? [];
  return mixed.every((w) => new RegExp(`\\b${w}\\b`).test(text));
}

/** "Hepatitis B" written out in the question, or in an answer unless it is advice ("take vitamin D"). */
function writtenOut(name: string, questionText: string, askedText: string): boolean {
  return names(questionText, name) || (!TREATMENT_OR_TEST.test(name) && names(askedText, name));
}

function answersMayName(focus: string, run: string[]): boolean {
  if (TREATMENT_OR_TEST.test(focus)) return false;
  if (run.length >= 2) return true;
  // "Anxiety Disorders" is named by "anxiety"; "Kidney Diseases" not by "kidney function test", nor
  // "Rare Diseases" by "rare infections", nor "Dizziness and Vertigo" by a passing "dizziness": an
  // organ, a plain adjective or half of a longer name, left alone, names no condition.
  if (singleNameKind(run[0]) !== 'specific' || nameRun(focus).length !== 1) return false;
  const word = cleanFocus(focus).replace(/\s*\(.*?\)/g, '').toLowerCase().split(/\s+/).find((w) => contentStems(w)[0] === run[0]) ?? '';
  return !ORGANS.test(word) && !/^(?:rare|common|genetic|mental|sexual|other|general|women's|men's)$/.test(word);
}

/**
 * A one-word name is named by a word, not by an adverb that shares its stem: "what i personally feel"
 * shares the stem of "Personality Disorders" and names no personality disorder (read on dev).
 */
function writtenInAnAnswer(focus: string, answerTexts: string[]): boolean {
  const words = cleanFocus(focus).replace(/\s*\(.*?\)/g, '').toLowerCase().replace(/’/g, "'").match(/[a-z][a-z'-]+/g) ?? [];
  const stems = new Set(words.filter((w) => !isStopwordLike(w)).map((w) => contentStems(w)[0]).filter((x): x is string => !!x && !GENERIC_TOPIC_WORDS.has(x)));
  const sharing = answerTexts.flatMap((a) => a.toLowerCase().replace(/’/g, "'").match(/[a-z][a-z'-]+/g) ?? []).filter((x) => stems.has(contentStems(x)[0] ?? ''));
  return sharing.length === 0 || sharing.some((x) => !/ly$/.test(x));
}

const isStopwordLike = (w: string) => /^(?:and|of|the|in|for|with|to|a|your)$/.test(w);

const ORGANS = /^(?:kidneys?|liver|spleen|stomach|chest|bladder|joints?|muscles?|skin|thyroid|spine|heart|lungs?|blood|bones?|eyes?|ears?|nerves?|brain|bowel|colon|intestin\w*|esophagus|pancreas|gallbladder|uterus|ovar\w*|prostate|breasts?|mouth|throat|nose|sinus\w*|teeth|tooth|gums?|foot|feet|hands?|legs?|arms?|back|neck|shoulders?|hips?|knees?|wrists?|elbows?|ankles?|head|face|hair|nails?|vein\w*|arter\w*|lymph\w*|adrenal|pituitary|vascular|urinary|digestive|pelvic|vaginal|penile|testicular)$/;

/** "ADHD" names "Attention Deficit-Hyperactivity Disorder", "OCD" "Obsessive-Compulsive Disorder". */
export function namesByAcronym(text: string, focus: string): boolean {
  // "HIV/AIDS": "HIV" in capitals, or "hiv" in a lowercased answer (not "aids", an everyday word).
  const parts = slashAcronyms(focus);
  if (parts.length) return parts.some((part) => new RegExp(`\\b${part}s?\\b`).test(text) || (!isEnglishWord(part.toLowerCase()) && new RegExp(`\\b${part}\\b`, 'i').test(text)));
  const initials = cleanFocus(focus)
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:of|and|the|in|with|to|for|a)$/i.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
  if (initials.length < 3) return false;
  // Written in capitals ("SAD"), or long enough not to be an ordinary word ("copd" in a lowercased answer).
  return new RegExp(`\\b${initials.toUpperCase()}s?\\b`).test(text) || (initials.length >= 4 && new RegExp(`\\b${initials}s?\\b`, 'i').test(text));
}

export function names(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}(?:e?s)?\\b`).test(text.toLowerCase());
}

/**
 * The caller says the asker names this page by another of its names ("hsv" for Herpes Simplex); taken
 * only where those words do stand in the text, outside a negated clause.
 */
export function namedBySynonym(p: Passage, text: string): boolean {
  return !!p.namedBy && names(withoutNegations(text.replace(/’/g, "'")), p.namedBy);
}

/**
 * Whether the asker's own words name an FAQ page: its whole name ("rotator cuff tear" names "Rotator
 * Cuff Injuries"), a body part where the complaint is ("ear infection" names "Ear Disorders"), the name
 * written out ("hepatitis b") or its acronym. Stricter than a doctor's mention or shared wording: a short
 * More Info, with no room to recover from a page on something else, cites only such pages.
 */
export function questionNamer(questionText: string): (focus: string) => boolean {
  const stems = contentStems(withoutNegations(questionText.replace(/’/g, "'")));
  const complaint = complaintStems(questionText);
  const sites = new Set([...complaint, ...complaintSites(questionText)]);
  return (focus) => {
    const clean = cleanFocus(focus);
    const runs = nameRuns(focus);
    const onPart = runs.length === 1 && runs[0].length === 1;
    return (
      runs.some((r) => containsRun(stems, r) && (r.length > 1 || questionMayName(r[0], onPart ? sites : complaint))) ||
      (/\s[a-z0-9]{1,2}\b/i.test(clean) && names(withoutNegations(questionText), clean.replace(/\s*\(.*?\)/g, ''))) ||
      namesByAcronym(withoutNegations(questionText), focus)
    );
  };
}

/**
 * FAQ entries that are about what was asked: the thread names their topic, or they share the
 * question's specific words and speak of its complaint. One topic reads better than several, so
 * besides the main topic at most two others are kept: named ones, kin of the main topic, or ones
 * sharing much of the question's wording.
 */
export function relevantFaqs(passages: Passage[], asked: Set<string>, question: Set<string>, askedText: string, questionText: string, answerTexts: string[] = []): Passage[] {
  const naming = { question: contentStems(withoutNegations(questionText.replace(/’/g, "'"))), answers: answerTexts.map((a) => contentStems(withoutNegations(answerNegationsSpelledOut(a)))) };
  const specificQuestion = new Set([...question].filter((s) => !GENERIC_TOPIC_WORDS.has(s)));
  const complaint = complaintStems(questionText);
  // A body-part page may be named where the question places a complaint ("ear infection" → "Ear Disorders").
  const sites = new Set([...complaint, ...complaintSites(questionText)]);
  // A page for one population ("Exercise for Children") fits only a question about that population.
  const asksAboutAChild = CHILD_WORDS.test(askedText);
  // Nor a page on pregnancy ("Pregnancy and Thyroid Disease") a question about no pregnancy (read on dev:
  // a thyroid-cancer text on iodine for mothers-to-be).
  const asksAboutPregnancy = PREGNANCY_WORDS.test(askedText);
  // Nor a page for older adults ("Quitting Smoking for Older Adults") a question that says no one is old.
  const asksAboutAnOlderAdult = OLDER_ADULT.test(askedText);
  const assessed = passages
    .filter((p) => p.kind === 'faq' && p.lang === 'en')
    .filter((p) => asksAboutAChild || !CHILD_WORDS.test(p.focus ?? ''))
    .filter((p) => asksAboutPregnancy || !PREGNANCY_WORDS.test(p.focus ?? ''))
    .filter((p) => asksAboutAnOlderAdult || !OLDER_ADULT_PAGE.test(p.focus ?? ''))
    // Research and support-group entries describe studies and organisations, not the condition.
    .filter((p) => !NOT_EDUCATIONAL_QTYPES.has(p.qtype ?? ''))
    .map((p) => {
      const focus = topicStems(cleanFocus(p.focus ?? p.title));
      // Named: half the topic's words in the question itself, or all of them somewhere in the thread.
      // Named: the topic's name, whole and in order, in the question or an answer ("rotator cuff tear"
      // names "Rotator Cuff Injuries"; "stomach" does not name "Stomach Cancer", nor a doctor's "pelvic
      // tilt" "Pelvic Pain"), a long name mostly in the question, or its acronym. Negated mentions ("no
      // previous head injury") name nothing, and everyday words ("Blood") only when the asker uses them.
      const runs = nameRuns(p.focus ?? p.title);
      const run = nameRun(p.focus ?? p.title);
      // Named only as the place of the complaint ("ear infection" → "Ear Disorders"): it may come in beside
      // the complaint's own page, never lead it.
      // Only a page on the part itself ("Ear Disorders"), never "Head and Neck Cancer" by a sore head.
      const onPart = run.length === 1 && runs.length === 1;
      const bySite = onPart && !questionMayName(run[0], complaint) && questionMayName(run[0], sites) && containsRun(naming.question, run);
      const named =
        (runs.some((r) => containsRun(naming.question, r) && (r.length > 1 || questionMayName(r[0], complaint))) && acronymCaseKept(p.focus ?? p.title, questionText)) ||
        bySite ||
        // Written out in full: "hepatitis b", "type 1 diabetes".
        (/\s[a-z0-9]{1,2}\b/i.test(cleanFocus(p.focus ?? '')) && writtenOut(cleanFocus(p.focus ?? '').replace(/\s*\(.*?\)/g, ''), questionText, askedText)) ||
        runs.some((r) => answersMayName(p.focus ?? p.title, r) && !isEverydayTopic(r) && naming.answers.some((a) => containsRun(a, r)) && (r.length > 1 || writtenInAnAnswer(p.focus ?? p.title, answerTexts))) ||
        (run.length >= 3 && coverage(new Set(run), question) >= 0.67) ||
        namesByAcronym(askedText, p.focus ?? '') ||
        namedBySynonym(p, questionText)
          ? 1
          : 0;
      // Shared wording counts only in words that name something: "injury" and "pain" match everything.
      const passageStems = stemSet(`${p.title} ${p.text.slice(0, 2000)}`);
      const hits = overlapCount(specificQuestion, passageStems);
      // When the asker names a complaint ("nerve pain"), a passage must speak of it to count as shared.
      const speaksOfComplaint = complaint.size === 0 || overlapCount(complaint, passageStems) > 0;
      // A short question ("I have a tiny mole, is this cancer?") may share only its complaint word.
      const enough = hits >= 2 || (hits === 1 && specificQuestion.size <= 3 && complaint.size > 0 && overlapCount(complaint, passageStems) > 0);
      // A page whose topic the thread does not name at all is about something else, however many words it shares.
      // An acronym topic is spelled out in the entry's own question: "What is gastroesophageal reflux disease (GERD)?"
      const spelledOut = /^[A-Z0-9-]{2,8}$/.test(p.focus ?? '') ? coverage(topicStems(p.title.replace(p.focus ?? '', '')), asked) : 0;
      // A topic that is one everyday word or body part ("Back Injuries") must be where the complaint is.
      const single = focus.size === 1 ? [...focus][0] : '';
      // Half the topic's words must be the asker's own: a doctor's "long" does not bring in "Long QT Syndrome".
      const inQuestion = coverage(focus, question);
      const topicInThread = (inQuestion >= 0.5 && (!single || questionMayName(single, complaint))) || spelledOut >= 0.5;
      const shared = enough && speaksOfComplaint && topicInThread ? hits / Math.max(1, specificQuestion.size) : 0;
      return { p, named, shared, speaksOfComplaint, bySite };
    });
  const topicOf = (p: Passage) => cleanFocus(p.focus ?? p.title);
  // Where the asker names their condition, a page they do not name must speak of it (askerConditions.ts).
  const namedByAsker = questionNamer(questionText);
  const askerNames = (p: Passage) => namedByAsker(p.focus ?? p.title) || namedBySynonym(p, questionText);
  const conditions = askerConditions(questionText, [...new Set(assessed.filter((s) => askerNames(s.p)).map((s) => topicOf(s.p)))]);
  const texts = pageTexts(passages, topicOf);
  const onAskersCondition = (p: Passage) => !conditions.length || askerNames(p) || namedMisspelt(topicOf(p), questionText) || speaksOfCondition(topicOf(p), texts.get(topicOf(p)) ?? '', conditions);
  // A page on a whole class of germs ("Bacterial Infections": how small bacteria are, yogurt and cheese;
  // "Fungal Infections": mushrooms and mildew) is about the asker's question only where the asker names it
  // ("I have a fungal infection"); beside an earache or in place of "Sinusitis" it only pads (read on dev).
  // The reviewed parent ("Fungal Infections" above "Yeast Infections") still comes in as one, below.
  const germClass = (p: Passage) => GERM_CLASS_PAGE.test(topicOf(p)) && !askerNames(p);
  const scored = assessed.filter((s) => (s.named >= 0.5 || s.shared >= 0.34) && onAskersCondition(s.p) && !germClass(s.p));
  if (!scored.length) return [];
  // The main topic is one the question names, else one the answers name, else the caller's best match;
  // it must speak of the asker's complaint when there is one ("fainted" → not "Drinking Water").
  const onComplaint = scored.filter((s) => s.speaksOfComplaint);
  const onTopic = (onComplaint.length ? onComplaint : scored).filter((s) => !s.bySite);
  const candidates = onTopic.length ? onTopic : (onComplaint.length ? onComplaint : scored).filter((s) => !s.bySite).concat(scored.filter((s) => s.bySite));
  const namedBy = (text: string) => (s: { p: Passage }) => names(text, topicOf(s.p)) || namesByAcronym(text, s.p.focus ?? '') || namedBySynonym(s.p, text);
  const mainTopic = topicOf((candidates.find(namedBy(questionText)) ?? candidates.find(namedBy(askedText)) ?? candidates[0]).p);
  // Other topics come after the main one, so their sentences rank lower (passageRank) and cite later.
  const main = scored.filter((s) => topicOf(s.p) === mainTopic);
  const mainStems = topicStems(mainTopic);
  // Kin of the main topic ("Viral Gastroenteritis" for "Gastroenteritis") are welcome too.
  const kin = (p: Passage) => [...topicStems(topicOf(p))].some((s) => mainStems.has(s));
  const others = scored.filter((s) => topicOf(s.p) !== mainTopic && (s.named >= 0.67 || s.shared >= 0.4 || kin(s.p) || names(askedText, topicOf(s.p))));
  // At most two further topics, the ones the question names first: more reads like a pile of leaflets.
  // One body-part page at most ("Shoulder Injuries and Disorders" beside "Dislocations"): for "pain in my
  // shoulder, head and neck" three anatomy leaflets read like a pile, not an answer.
  // It is a second source where the site has little else, not a rival to pages on the complaint itself.
  others.sort((a, b) => Number(names(askedText, topicOf(b.p))) - Number(names(askedText, topicOf(a.p))));
  const firstSite = others.find((s) => s.bySite);
  // Nor beside a main page that is itself one on a body part: two anatomy leaflets are not an answer.
  const onComplaintItself = main.filter((s) => !s.bySite).length + others.filter((s) => !s.bySite).length;
  const onPart = (s: { p: Passage }) => nameRuns(topicOf(s.p)).length === 1 && nameRun(topicOf(s.p)).length === 1 && singleNameKind(nameRun(topicOf(s.p))[0]) === 'part';
  const mainOnPart = main.some(onPart);
  const kept = others.filter((s) => !s.bySite || (!mainOnPart && onComplaintItself < 2 && topicOf(s.p) === (firstSite && topicOf(firstSite.p))));
  const otherTopics = [...new Set(kept.map((s) => topicOf(s.p)))].slice(0, MAX_OTHER_TOPICS);
  const picked = [...main, ...others.filter((s) => otherTopics.includes(topicOf(s.p)))];
  // Where that is a single entry, the page one level up on the same subject ("Ovarian Disorders" for
  // "Ovarian Cysts", "Ear Disorders" for "Ear Infections") is a second source about the same thing.
  // (Not for "HIV/AIDS": "First Aid" shares a word with the acronym, not a subject.)
  // Nor for a page on two things ("Smoking and Your Heart", "Fluid and Electrolyte Balance"): "Heart
  // Diseases" or "Balance Problems" is one level up from neither (read on dev).
  if (picked.length < 2) {
    // The reviewed parent only beside a page the thread names: under a page that came in by shared
    // wording it would double a page on something else.
    // Nor where the asker names a disease the main page never mentions ("adenocarcinoma stomach" and
    // "Stomach Disorders", read on dev): the parent would only add more of what is not the question.
    const unexplained = diseaseUnexplained(questionText, main.map((s) => s.p.text).join(' '));
    const broader = broaderTopic(mainTopic, assessed.map((s) => topicOf(s.p)), main.some((s) => s.named >= 0.5) && !unexplained);
    if (broader) picked.push(...assessed.filter((s) => topicOf(s.p) === broader));
  }
  return picked.map((s) => s.p);
}

/** Whether the asker names a disease ("adenocarcinoma") that the page's text never mentions. */
function diseaseUnexplained(questionText: string, pageText: string): boolean {
  // A word of the page may carry the name further: "papilloma" is in "papillomavirus".
  const page = pageText.toLowerCase();
  return (questionText.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => DISEASE_SUFFIX.test(w) && w.length > 5 && !new RegExp(`\\b${w}`).test(page));
}

/**
 * The entries of the page one level up from the main page, among all the caller passed, for a short
 * More Info whose main page the asker names (the reviewed parent only): other pages the thread brought in may leave the text, and
 * then the parent is the second source on the same subject ("Hair Problems" beside "Hair Loss").
 */
export function broaderPassages(main: Passage, passages: Passage[], questionText: string): Passage[] {
  const topicOf = (p: Passage) => cleanFocus(p.focus ?? p.title);
  const mainTopic = topicOf(main);
  const faqPassages = passages.filter((p) => p.kind === 'faq' && p.lang === 'en' && !NOT_EDUCATIONAL_QTYPES.has(p.qtype ?? ''));
  const mainText = faqPassages.filter((p) => topicOf(p) === mainTopic).map((p) => p.text).join(' ');
  // Only the reviewed parent: a name alone ("Bone Diseases" for "Bone Marrow Diseases") is no proof the
  // pages share a subject, and a short text has no room for a page on something else (read on dev).
  const parent = diseaseUnexplained(questionText, mainText) ? null : parentTopicOf(mainTopic);
  return parent ? faqPassages.filter((p) => topicOf(p) === parent) : [];
}

/**
 * The page one level up on the same subject among the given topics: one whose name is a part of the
 * main topic's ("Ovarian Disorders" for "Ovarian Cysts"), else the reviewed parent ("Joint Disorders"
 * for "Knee Injuries and Disorders", `parentTopics.ts`).
 */
export function broaderTopic(mainTopic: string, topics: string[], reviewed = true): string | null {
  if (!slashAcronyms(mainTopic).length && !/\b(?:and|with|your)\b/i.test(mainTopic)) {
    const mainRun = nameRun(mainTopic);
    const byName = topics.find((topic) => {
      const run = nameRun(topic);
      // Not a page for one population ("Heart Disease in Women"): the asker may not be one.
      if (FOR_ONE_POPULATION.test(topic)) return false;
      return run.length > 0 && run.length < mainRun.length && run.every((x) => mainRun.includes(x) && !GENERIC_TOPIC_WORDS.has(x));
    });
    if (byName) return byName;
  }
  const parent = reviewed ? parentTopicOf(mainTopic) : null;
  return parent && topics.includes(parent) ? parent : null;
}


