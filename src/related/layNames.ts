// Everyday names, short forms and common misspellings askers use for a condition the FAQ set holds under
// another name: "acid reflux" is what the GERD and Heartburn pages describe, "mono" is Infectious
// Mononucleosis, "sun burn" is the Sunburn of "Sun Exposure". MedQuAD's own synonym lists
// (synonymTopics.ts) miss these, or hold them only as one short word the general rules cannot trust
// ("mono", "strep" could be anything to a rule that has not read the page).
//
// Hand-written and reviewed, one condition per line, never a guess from a symptom ("cold hands" is not
// Raynaud's, "a lump in my groin" not a hernia: that would be a diagnosis). `because` is a sentence of
// the target page that uses the asker's word for it, checked against the shared MedQuAD file by
// layNames.test.ts, so each bridge is the page's own wording, not ours.

export interface LayName {
  /** The asker's words; the match is what `namedBy` carries, so it must be their text as written. */
  asked: RegExp;
  topics: string[];
  because: string;
}

export const LAY_NAMES: readonly LayName[] = [
  // Not "vesicoureteral reflux", which is urine flowing back to the kidneys.
  { asked: /\b(?<!vesicoureteral |vesico-ureteral |urine |urinary )(?:acid |stomach |gastric )?reflux\b/i, topics: ['GERD', 'Heartburn'], because: 'This allows stomach contents to leak back, or reflux, into the esophagus and irritate it.' },
  { asked: /\bmono\b|\bmononucleosis\b|\bglandular fever\b/i, topics: ['Infectious Mononucleosis'], because: 'Infectious mononucleosis, or "mono", is an infection usually caused by the Epstein-Barr virus.' },
  { asked: /\bseptic shock\b|\bsepticemia\b|\bsepticaemia\b/i, topics: ['Sepsis'], because: 'In the worst cases, blood pressure drops and the heart weakens, leading to septic shock.' },
  { asked: /\bsun ?burn(?:s|ed|t)?\b/i, topics: ['Sun Exposure'], because: 'Sunburns are a sign of skin damage.' },
  // The data spells it without its accent ("Legg-Calv-Perthes"); askers put the names in any order.
  { asked: /\b(?:legg[- ])?(?:calv[eé]?[- ])?perthes(?:[- ]calv[eé]?)?\b/i, topics: ['Legg-Calv-Perthes disease'], because: 'Legg-Calv-Perthes disease is a bone disorder that affects the hips.' },
  { asked: /\bcandida(?: albicans)?\b|\bcandidiasis\b|\b(?:oral )?thrush\b/i, topics: ['Yeast Infections'], because: 'Candida is the scientific name for yeast.' },
  { asked: /\b(?:mosquito|bug|flea|bee|wasp|hornet|ant|insect) (?:bites?|stings?)\b/i, topics: ['Insect Bites and Stings'], because: 'Mosquito and flea bites usually itch.' },
  { asked: /\bstrep throat\b|\bstrep\b/i, topics: ['Streptococcal Infections'], because: 'Strep is short for Streptococcus, a type of bacteria.' },
  { asked: /\bpain in (?:my |the |his |her )?throat\b|\bthroat (?:pain|hurts?|is (?:sore|hurting))\b/i, topics: ['Sore Throat'], because: 'You can have a sore throat for many reasons.' },
  { asked: /\bpimples?\b|\bblackheads?\b|\bwhiteheads?\b|\bzits?\b/i, topics: ['Acne'], because: 'Acne is a common skin disease that causes pimples.' },
  { asked: /\blos(?:ing|e|t) (?:my |his |her |their )?hair\b|\bhair (?:is )?falling out\b|\bbalding\b/i, topics: ['Hair Loss'], because: 'You can also lose your hair if you have certain diseases' },
  { asked: /\bnause(?:ous|ated|a)\b/i, topics: ['Nausea and Vomiting'], because: 'Nausea is an uneasy or unsettled feeling in the stomach' },
  // Swelling of both feet, ankles or legs is what the page describes, not a swollen joint after a fall.
  { asked: /\b(?:ankles|feet|legs)(?: and (?:ankles|feet|legs))? (?:are|have been|keep|get|getting) (?:so |very )?swollen\b|\bswollen (?:ankles|feet|legs)\b|\bswelling (?:in|of) (?:my |the |his |her )?(?:ankles|feet|legs)\b/i, topics: ['Edema'], because: "It usually occurs in the feet, ankles and legs, but it can involve your entire body." },
  { asked: /\bwatery(?:,? \w+)? eyes\b|\beyes (?:are |keep )?watering\b/i, topics: ['Tears'], because: 'Problems with the tear system can include too many tears, too few tears, or problems with the tear ducts.' },
  { asked: /\b(?:ruptured|perforated|burst|torn|punctured) (?:ear ?drum|tympanic membrane)s?\b/i, topics: ['Ear Disorders'], because: 'eardrum' },
  { asked: /\bproblems? (?:with )?remembering\b|\bmemory (?:loss|problems?|lapses?)\b|\bforgetful(?:ness)?\b/i, topics: ['Memory'], because: 'forget' },
  // A misspelling the seed holds ("gonoccocal urethritis"), and the disease's own name misspelt.
  { asked: /\bgono(?:c{1,2})oc{1,2}al\b|\bgonor+h?o?ea\b/i, topics: ['Gonorrhea'], because: 'Gonorrhea is a sexually transmitted disease.' },
];

/** Topic → the asker's words, for each topic of the reviewed list the question names (negations are the caller's). */
export function layNamedTopics(questionText: string, haveTopic: (focus: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const plain = questionText.replace(/’/g, "'");
  for (const { asked, topics } of LAY_NAMES) {
    const m = asked.exec(plain);
    if (!m) continue;
    for (const focus of topics) if (haveTopic(focus) && !out.has(focus)) out.set(focus, m[0].trim());
  }
  return out;
}
