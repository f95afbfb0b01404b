// Imported English answers were lowercased and partly stripped of punctuation by the scraper that
// collected them. When one of their sentences is quoted it gets its capitals and full stop back, and
// only sentences that read as general information (not the doctor talking to this asker) are quoted.

const ACRONYMS = new Set(
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

const PERSONAL =
  /\b(?:i|i'm|im|i'd|i've|ive|me|my|mine|we|our|us|you|your|yours|you're|youre|u|ur|yourself)\b|\b(?:hi|hello|dear|regards|good luck|hope (?:this|it|that) helps?|take care|best wishes|thanks?|thank you|god bless|welcome)\b/i;

function restoreWord(word: string): string {
  const m = /^([("]*)([\w'’-]+)(.*)$/.exec(word);
  if (!m) return word;
  const [, pre, core, post] = m;
  const lower = core.toLowerCase().replace(/’/g, "'");
  if (ACRONYMS.has(lower)) return pre + core.toUpperCase() + post;
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
    if (PERSONAL.test(piece)) return;
    const words = piece.split(/\s+/).length;
    // Without punctuation a long "sentence" is usually several run together; it would read badly.
    if (words < 6 || words > 30) return;
    if (/\b(?:consult|see|visit)\b.*\b(?:doctor|specialist|physician)\b.*\b(?:and|then)\b.*\b(?:also|try)\b/i.test(piece)) return;
    out.push({ text: restoreSentence(piece), index });
  });
  return out;
}
