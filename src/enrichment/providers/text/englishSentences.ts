// Turns an FAQ answer into standalone sentences that read well out of their page: the "Key Points"
// digest is dropped (it repeats the text), short bullet lists are folded into their lead-in sentence,
// and page furniture ("see the section below", links) is left out.

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|No|Fig|approx|U\.S|Jr|Sr|Inc|al)\.$/;

// GARD's symptom tables carry a paragraph explaining how HPO frequencies are written; it is about the
// table, not the condition, and it read as filler in More Info.
const BOILERPLATE =
  /\b(?:this summary|pdq|clinical trials?|see the|(?:following|next|previous) sections?|for more information|for information about|click|www\.|https?:|listed below|shown below|described (?:below|above)|in this (?:section|summary|page|topic)|this page|these resources|genetics home reference|orphanet|medlineplus|key points|resources section|contact us|nih|national institute|research (?:studies|is being done)|web ?site|images?\b|pictures?\b|\s=\s|(?:top|bottom) (?:left|right)|stands for|video|keyboard|press the|read more|learn more|a-z list|trademark|copyright|logos?\b|permission|hhs|cdc works|researchers are|studies are (?:being|under)|supported by|funded by|questions to ask|\bask your doctor about\b|human phenotype ontology|\bhpo\b|frequency of a sign|the frequency may|a frequency of|these frequencies|information on frequency|the fractions? (?:may|of)|(?:first|second) number of the fraction|sign or symptom (?:occurs|may be rare)|approximate number of patients)/i;

const MAX_LIST_ITEMS = 8;
const MAX_ITEM_WORDS = 16;

export interface SourceSentence {
  text: string;
  /** Position in the passage, so anaphora ("This", "It") can be kept next to what it points to. */
  index: number;
}

function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["')\]]*(?=\s+["(]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate) || /\b[A-Z]\.$/.test(candidate)) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const SMALL_WORDS = /^(?:a|an|the|and|or|of|for|to|in|on|is|are|with|your|about|from)$/;

/**
 * Some pages glue a section heading onto the next sentence: "Blisters The blisters tend to…",
 * "Diagnosis is Usually Easy for Healthcare Providers A typical case…", "Some UTIs Lead to Severe Problems
 * Most UTIs are not serious". The heading is cut off.
 */
export function stripGluedHeading(sentence: string): string {
  // The sentence's second word may be an acronym: "Some UTIs Lead to Severe Problems Most UTIs are not serious".
  const starts = /\s(?=(?:The|A|An|Some|If|Most|Many|People|Your|You|It|This|These|In|When|Usually|Treatment|There)\s+(?:[a-z]|[A-Z]{2,}s?\s+[a-z]))/g;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(sentence))) {
    const prefix = sentence.slice(0, m.index);
    if (/[.!?:;]$/.test(prefix)) return sentence;
    const words = prefix.replace(/[,()]/g, '').split(/\s+/).filter(Boolean);
    if (words.length > 10) return sentence;
    const headingLike = words.every((w) => /^[A-Z0-9]/.test(w) || SMALL_WORDS.test(w)) && words.some((w) => /^[A-Z]/.test(w));
    if (headingLike) return sentence.slice(m.index + 1);
  }
  return stripTitleCaseHeading(sentence);
}

const CAPITALISED_SMALL = /^(?:With|And|Of|For|To|In|On|From|About|Your|The|Or)$/;

/**
 * A heading in title case, marked as one by a small word written with a capital ("A Common Problem With
 * Aging Urinary tract infections (UTIs) are …"), glued onto a sentence that opens with any word. Names
 * such as "Rocky Mountain Spotted Fever causes …" have no such word and are left alone.
 */
function stripTitleCaseHeading(sentence: string): string {
  const words = sentence.split(' ');
  let i = 0;
  while (i < words.length && i < 10 && /^[A-Z0-9]/.test(words[i])) i++;
  // words[0..i-1] are capitalised; the sentence starts at words[i-1] when words[i] is lower-case.
  if (i < 4 || i >= words.length || !/^[a-z]/.test(words[i]) || SMALL_WORDS.test(words[i])) return sentence;
  const heading = words.slice(0, i - 1);
  if (heading.length < 3 || !heading.slice(1).some((w) => CAPITALISED_SMALL.test(w))) return sentence;
  return words.slice(i - 1).join(' ');
}

function tidy(sentence: string): string {
  return sentence
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\.\.+$/, '.')
    .trim();
}

function lowerFirst(item: string): string {
  // Keep acronyms and proper-looking words ("HIV", "Down syndrome") as written.
  return /^(?:[A-Z][a-z]|A\s)/.test(item) && !/^[A-Z][a-z]+[A-Z]/.test(item) ? item[0].toLowerCase() + item.slice(1) : item;
}

function joinList(leadIn: string, items: string[]): string | null {
  const clean = items.map((i) => tidy(i).replace(/[.;,]+$/, '')).filter(Boolean);
  if (clean.length < 2 || clean.length > MAX_LIST_ITEMS) return null;
  if (clean.some((i) => i.split(/\s+/).length > MAX_ITEM_WORDS || /[:.]/.test(i))) return null;
  const lowered = clean.map(lowerFirst);
  const sep = lowered.some((i) => i.includes(',')) ? '; ' : ', ';
  const body = lowered.slice(0, -1).join(sep) + (sep === '; ' ? '; and ' : ', and ') + lowered[lowered.length - 1];
  return `${tidy(leadIn).replace(/:$/, '')}: ${body}.`.replace(/\b(include|includes|are|such as): /, '$1 ');
}

/** Splits one paragraph into sentences, folding "lead-in: - a. - b." lists where they are short. */
function paragraphSentences(paragraph: string): string[] {
  const segments = paragraph.split(/\s+-\s+(?=\S)/);
  const out: string[] = [];
  let i = 0;
  let prose = true; // the first segment is prose; later ones are bullets unless prose resumes after a list
  while (i < segments.length) {
    const seg = segments[i];
    if (!prose) {
      i++; // a stray bullet without a lead-in is a fragment; it is left out
      continue;
    }
    // A lead-in ends with a colon, or (MedlinePlus style) runs straight into the list: "Causes include - A …".
    const leadsIn = /:\s*$/.test(seg) || !/[.!?]["')]*\s*$/.test(seg);
    if (!leadsIn || i + 1 >= segments.length) {
      out.push(...splitSentences(seg));
      i++;
      prose = false;
      continue;
    }
    const sentences = splitSentences(seg);
    const leadIn = sentences.pop() ?? '';
    out.push(...sentences);
    const items: string[] = [];
    let j = i + 1;
    prose = false;
    for (; j < segments.length; j++) {
      const itemSentences = splitSentences(segments[j]);
      // The last item often runs into the next sentence without a full stop: "Avoid the sun Treatments for acne include …".
      const runOn = /^((?:\S+\s+){0,7}\S*[a-z])\s+([A-Z][a-z]+\s.*[.!?])$/.exec(itemSentences[0]);
      if (runOn && itemSentences.length === 1 && j === segments.length - 1) itemSentences.splice(0, 1, runOn[1], runOn[2]);
      items.push(itemSentences[0]);
      if (itemSentences.length > 1) {
        // More prose after the item ends the list; that prose is read as ordinary text.
        segments[j] = itemSentences.slice(1).join(' ');
        prose = true;
        break;
      }
    }
    const joined = joinList(leadIn, items);
    // A list left out leaves a gap, so that "It can make it hard to swallow", said of its last item, is
    // not taken as following the sentence before the list (read on dev: a yeast-infection text).
    out.push(joined ?? '');
    i = j;
  }
  return out;
}

const MAX_ITEM_PARAGRAPH_WORDS = 40;

/**
 * Some FAQ pages put each list item in its own paragraph after a "… include:" paragraph. Such a list
 * is folded into its lead-in when every item is one short sentence; otherwise it is left out whole,
 * since its items ("Breathing in harmful fumes.") are not sentences on their own.
 */
function paragraphUnits(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i].trim();
    if (!/:$/.test(p) || /\s-\s/.test(p)) {
      out.push(p);
      continue;
    }
    const items: string[] = [];
    while (i + 1 < paragraphs.length && isItemParagraph(paragraphs[i + 1])) items.push(paragraphs[++i].trim());
    if (!items.length) {
      out.push(p);
      continue;
    }
    const leadSentences = splitSentences(p);
    const leadIn = leadSentences.pop() ?? '';
    if (leadSentences.length) out.push(leadSentences.join(' '));
    const foldable = items.every((item) => splitSentences(item).length === 1);
    const joined = foldable ? joinList(leadIn, items) : null;
    if (joined) out.push(joined);
  }
  return out;
}

function isItemParagraph(paragraph: string): boolean {
  const p = paragraph.trim();
  return p.split(/\s+/).length <= MAX_ITEM_PARAGRAPH_WORDS && !/:$/.test(p) && !/^(?:It|This|These|They|The)\b/.test(p);
}

// Where a list's last item runs into the next sentence without its full stop ("… and fractured
// vertebrae These injuries can cause pain", "… hyperactivity, and impulsivity No one knows exactly what causes
// ADHD"), the sentence that follows is cut off and gets it back.
const RUN_ON = /(?<=[a-z)])\s+(?=(?:These|This|They|The|It|Its|Your|You|Most|Some|Many|If|When|During|Treatment|Doctors|People|Other|Symptoms|Causes|No|There|Each|Anyone|Everyone|Researchers|Scientists|Normally|Usually|Often|Sometimes|Generally)\s+[a-z])/;

export function splitRunOn(sentence: string): string[] {
  const m = RUN_ON.exec(sentence);
  if (!m) return [sentence];
  const head = sentence.slice(0, m.index).trim();
  // Only a real run-on: the part before reads as a sentence of its own (six words or more).
  if (head.split(/\s+/).length < 6) return [sentence];
  return [`${head}.`, ...splitRunOn(sentence.slice(m.index).trim())];
}

export function faqSentences(text: string): SourceSentence[] {
  const out: SourceSentence[] = [];
  let index = 0;
  for (const paragraph of paragraphUnits(text.split(/\n\s*\n/))) {
    const p = paragraph.trim();
    if (!p || /^key points\b/i.test(p)) continue;
    for (const raw of paragraphSentences(p).flatMap(splitRunOn)) {
      const s = stripGluedHeading(tidy(raw).replace(/^(?:summary|overview)\s*:\s*/i, ''));
      index++;
      if (!isUsableSentence(s)) continue;
      out.push({ text: s, index });
    }
  }
  return out;
}

export function isUsableSentence(s: string): boolean {
  const n = s.split(/\s+/).length;
  if (n < 6 || n > 45) return false;
  if (!/^["(]?[A-Z0-9]/.test(s) || !/[.!][")]?$/.test(s)) return false;
  if (/[?:]$/.test(s) || BOILERPLATE.test(s)) return false;
  // "… one or more of the following tests." once the list itself is gone.
  if (/\bfollowing(?:\s+\w+){0,2}[.:]$/i.test(s) || /\bthe following\b(?!:)/i.test(s)) return false;
  if (/\s-\s|\(\s*\)|\[\d+\]/.test(s)) return false;
  return true;
}
