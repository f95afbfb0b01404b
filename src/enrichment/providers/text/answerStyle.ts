// Imported English answers were lowercased and partly stripped of punctuation by the scraper that
// collected them. When one of their sentences is quoted it gets its capitals and full stop back, and
// only sentences that read as general information (not the doctor talking to this asker) are quoted.

export const ANSWER_ACRONYMS = new Set(
  `hiv aids std stds sti stis mri ct ent gerd ibs ibd uti utis ecg ekg eeg cbc tsh t3 t4 hpv hsv copd adhd ocd ptsd
nsaid nsaids ppi ppis bp gi dvt pcos hcg ivf iud hba1c ldl hdl psa ana esr crp ast alt ggt tb hbv hcv hsv1 hsv2 rbc
wbc pms pmdd ssri ssris snri tmj acl mcl icu er gp bmi ct-scan usg`.split(/\s+/),
);

const PROPER = new Map(
  [
    "parkinson's", "alzheimer's", "crohn's", "hashimoto's", "graves'", "down", "tourette's", "bell's", "raynaud's",
    'vitamin', 'covid', 'covid-19', 'epstein-barr', 'lyme',
  ].map((w) => [w, w[0].toUpperCase() + w.slice(1)]),
);
PROPER.delete('down');
PROPER.delete('vitamin');

// About a person: the asker, the doctor, or the patient the asker writes about.
const PERSONAL =
  /\b(?:i|i'm|im|i'd|i've|ive|me|my|mine|we|our|us|you|your|yours|you're|youre|u|ur|yourself|he|she|his|her|hers|him|himself|herself|he's|she's)\b|\b(?:hi|hello|dear|regards|good luck|hope (?:this|it|that) helps?|take care|best wishes|thanks?|thank you|god bless|welcome)\b/i;

// "If you have a fever, …" speaks of anyone who does: general advice, not a statement about the asker.
const GENERAL_YOU = /^(?:if|when|whenever|once|in case|as long as)\s+(?:you|your)\b(?=(?:\s+\S+){7})/i;
const FIRST_PERSON_OR_THIRD = /\b(?:i|i'm|im|i'd|i've|ive|me|my|mine|we|our|us|he|she|his|her|hers|him|himself|herself|he's|she's)\b|\b(?:hi|hello|dear|regards|good luck|hope (?:this|it|that) helps?|take care|best wishes|thanks?|thank you|god bless|welcome)\b/i;

// Self-care said to the asker but true for anyone: "Drink plenty of water." Medicines are left out:
// "take …" or "use …" would read as a prescription.
const GENERAL_ADVICE = /^(?:drink|avoid|eat|rest|wash|wear|stay|keep|maintain|reduce|limit|stop smoking|quit smoking|exercise|sleep|elevate|apply (?:a )?(?:warm|cold|ice)|do not (?:smoke|drink|scratch|squeeze|lift))\b/i;

// A doctor's verdict on this asker ("this indicates passing of renal stones", "most likely a cyst"):
// true of them, not general information.
const VERDICT = /\b(?:most likely|more likely|likely|probably|possibly|maybe|perhaps|seems?|looks?|sounds?|indicates?|suggests?|consistent with|nothing to worry|don'?t worry|do not worry|in (?:this|that|such a|such) case|case like|my opinion|opinion|i think|need to worry|no need|will be|would be|must be|definitely|surely|certainly|recommend(?:ed)?|advise[ds]?|should be fine|is fine|is normal|are normal|was normal|results?|reports?|findings?|scan shows?|test shows?)\b/i;

// Openings that point at this asker's case ("This may have been…", "Possibilities are…") or tell them
// what to do next ("Get an MRI done", "Consult a gastroenterologist"): advice for one person.
const CASE_OPENING =
  /^(?:this|these|that|those|it|its|it's|they|their|both|but|so|also|yes|no|well|anyway|either|mostly|generally speaking|may ?be|possibilit(?:y|ies)|at present|presently|initially|now|here|there is|there are|nothing|any|only|further|after that|then|first|get|getting|consult|go|do|take|start|try|opt|please|visit|see|check|use|ask|continue|repeat|meet|book|wait|let|kindly|better|best|need|must|should|you)\b/i;
const CASE_PHRASE = /\bget(?:ting)?\b.*\bdone\b|\byou (?:need|have) to (?:get|do|take|have|go)\b|\b(?:getting|get) an? [a-z]+ (?:x-?ray|scan|test|mri)\b|\bthe (?:cause|reason|culprit)\b|\bthe (?:medicines?|medications?|dose|tablets?) (?:need|needs|should)\b|\bthe \w+ (?:is|are) (?:causing|getting|due)\b|\bpossible (?:reasons?|causes?)\b|\bshould be given a thought\b|\bmay have been\b|\bmight have been\b|\bcould have been\b/i;

// A statement needs a verb; scraped answers hold many fragments ("Posture correction and losing weight.").
const FINITE_VERB =
  /\b(?:is|are|was|were|can|could|may|might|will|would|does|do|has|have|helps?|causes?|leads?|results?|occurs?|affects?|includes?|reduces?|increases?|prevents?|tends?|means?|relieves?|improves?|worsens?|requires?|spreads?|develops?|happens?|appears?|works?|depends?|makes?|gives?|produces?|protects?|damages?|irritates?|triggers?|contains?|becomes?|comes?|goes?|heals?|resolves?|disappears?|lasts?)\b/i;
const FRAGMENT_OPENING = /^(?:or|and|to|in case|something|com|full of|in fact|instead|even|especially|doing so|wearing|a hot|is|was|are|were|if you are not)\b/i;
// Recommending a medicine to this asker ("Antibiotics like augmentin will help") reads as a prescription.
const PRESCRIBING = /\b(?:tablets?|medicines?|medications?|antibiotics?|ointments?|creams?|drugs?|supplements?|injections?|capsules?|syrups?|spoons?|gel)\b.*\b(?:will|would|should|can|may)\s+(?:help|work|be (?:helpful|useful|effective|good|better|best))\b|\b(?:is|are) (?:a )?(?:good|great|best|better) (?:for|options?|remed(?:y|ies)|idea)\b|\bbest option\b|\bspoon\b/i;
const MUST_BE_DONE = /\b(?:needs?|must|should|has to|have to)\s+(?:to\s+)?be\b|\basap\b|\bright away\b|\bwaste of time\b|\bgood sign\b/i;

// "If you have hand numbness or pain with neck pain." is a condition with nothing after it (read on dev,
// session 11): a sentence that opens with a condition needs its main clause, marked by a comma, "then",
// a modal or an imperative of self-care.
const CONDITION_OPENING = /^(?:if|when|whenever|once|in case|unless)\b/i;
const MAIN_CLAUSE = /,|\bthen\b|\b(?:can|could|may|might|will|would|should|must|need|needs)\b|\b(?:drink|avoid|eat|rest|wash|wear|stay|keep|apply|see|consult|visit|call)\b/i;

// Reassurance given to one asker ("Passing one bowel movement with blood is not a cause of concern",
// said of another asker's five-year-old) and a medicine's expected effect ("… should go away with
// antibiotics") read, quoted elsewhere, as a verdict and a prescription.
const REASSURANCE = /\b(?:not|no) (?:a )?(?:cause|reason) (?:of|for) (?:concern|worry|alarm)\b|\bnot (?:serious|dangerous|harmful)\b|\bharmless\b|\bgo(?:es)? away with\b|\bcured? (?:with|by)\b/i;

// "in this fashion", "such cases": pointing at the asker's case from inside the sentence.
const POINTS_AT_CASE = /\b(?:this|that|these|those|such)\b/i;

function isGeneral(piece: string): boolean {
  if (POINTS_AT_CASE.test(piece)) return false;
  if (CONDITION_OPENING.test(piece) && !MAIN_CLAUSE.test(piece.replace(CONDITION_OPENING, ''))) return false;
  if (REASSURANCE.test(piece)) return false;
  if (VERDICT.test(piece) || CASE_PHRASE.test(piece) || PRESCRIBING.test(piece) || MUST_BE_DONE.test(piece) || FRAGMENT_OPENING.test(piece)) return false;
  if (!GENERAL_ADVICE.test(piece) && !FINITE_VERB.test(piece)) return false;
  if (CASE_OPENING.test(piece) && !GENERAL_ADVICE.test(piece) && !GENERAL_YOU.test(piece)) return false;
  if (/\d/.test(piece)) return false; // the asker's values, ages and durations
  if (!PERSONAL.test(piece)) return true;
  return (GENERAL_YOU.test(piece) || GENERAL_ADVICE.test(piece)) && !FIRST_PERSON_OR_THIRD.test(piece) && !/\byou(?:'re| are| have| had|'ve)\b/i.test(piece.replace(GENERAL_YOU, ''));
}

function restoreWord(word: string): string {
  const m = /^([("]*)([\w'’-]+)(.*)$/.exec(word);
  if (!m) return word;
  const [, pre, core, post] = m;
  const lower = core.toLowerCase().replace(/’/g, "'");
  if (ANSWER_ACRONYMS.has(lower)) return pre + core.toUpperCase() + post;
  const proper = PROPER.get(lower);
  if (proper) return pre + proper + post;
  if (lower === 'i') return `${pre}I${post}`;
  return word;
}

/** Capitalises and punctuates one sentence of an imported answer. */
export function restoreSentence(sentence: string): string {
  let s = sentence.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  s = s.split(' ').map(restoreWord).join(' ');
  s = s.replace(/^[^A-Za-z0-9(]+/, '');
  if (!s) return s;
  s = s[0].toUpperCase() + s.slice(1);
  if (!/[.!?]$/.test(s)) s += '.';
  return s;
}

/**
 * The sentences of an answer that can stand as general information, restored. A sentence the scraper
 * cut off ("…"), a question back to the asker, and anything addressed to or about a person are skipped.
 */
export function quotableAnswerSentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const pieces = text
    .replace(/…|\.\.\.+/g, ' <CUT> ')
    .split(/(?<=[.!?])\s+|\n+/);
  pieces.forEach((raw, index) => {
    const piece = raw.trim();
    if (!piece || piece.includes('<CUT>') || /\?$/.test(piece)) return;
    if (!isGeneral(piece)) return;
    const words = piece.split(/\s+/).length;
    // Without punctuation a long "sentence" is usually several run together; it would read badly.
    if (words < 6 || words > 30) return;
    // "… can be treated with non surgical." ends where a word is missing.
    if (/\b(?:with|of|the|a|an|and|or|to|for|by|from|like|such as|non[ -]surgical)[.!]?$/i.test(piece)) return;
    if (/\b(?:consult|see|visit)\b.*\b(?:doctor|specialist|physician)\b.*\b(?:and|then)\b.*\b(?:also|try)\b/i.test(piece)) return;
    out.push({ text: restoreSentence(piece), index });
  });
  return out;
}
