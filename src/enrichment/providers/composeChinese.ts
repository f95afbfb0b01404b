import type { EnrichmentInput, EnrichmentOutput, Passage } from './types.js';
import { adviceTail, chineseSentences, hanBigrams } from './text/chineseSentences.js';
import { hanCount, toScript } from './text/script.js';
import { claimsDiagnosis, mentionsRedFlag, statesDose } from './safety.js';
import { roleOfChinese, type Role } from './roles.js';
import { chineseHeadline, questionTerm, sharedTerm } from './headlineChinese.js';
import { CitationNumbers, cite } from './citations.js';
import { coverage } from './text/tokens.js';

const MIN_CITED_HAN = 30;
const MAX_CITED_HAN = 600;

interface Candidate {
  text: string;
  passage: Passage;
  passageRank: number;
  index: number;
  role: Role;
  score: number;
  grams: Set<string>;
}

const unsafe = (s: string) => statesDose(s, 'zh') || claimsDiagnosis(s, 'zh');

// Another asker's answer speaks about that asker ("按照你目前的情况", "如果他平时…"); none of it is general.
const ABOUT_A_PERSON = /你|您|他|她|妳|患者本人|孩子|宝宝|寶寶|这个|這個|这种情况|這種情況|此时|此時|已经|已經|目前|现在|現在/;

// A sentence that continues another ("二是…", "所以…") makes no sense away from its answer.
const CONTINUES = /^(?:[一二三四五六七八九十]是|其次|再次|另外|然后|然後|所以|因此|而且|但是|但|并且|並且|同时|同時|此外|第[一二三四五六七八九十]|另一方面|也|还有|還有|这样|這樣|那么|那麼)/;

// A number is the asker's (an age, a value, a price: "费用大约在2~3万左右"), as in English.
const NUMBER = /[0-9０-９]|[一二三四五六七八九十两几]+(?:万|千)(?:元|块)?/;
// A named medicine is what one doctor gave one patient ("二甲双胍，格列比嗪", "尼美舒利"); More Info
// must not read as a prescription. Drug-name endings and dosage forms, not classes ("降糖药").
const NAMED_MEDICINE = /霉素|西林|沙星|洛尔|地平|沙坦|普利|他汀|双胍|列嗪|列奈|列酮|西平|丙戊酸|拉唑|替丁|美敏|舒利|洛芬|混悬液|口服液|胶囊|颗粒|注射液|缓释片|肠溶片|清开灵|柴胡针/;
// Restating the asker's own case ("现在正在追的女孩的父亲查出来有癫痫…", "仍感觉想睡午觉、纳差…"): most of
// its words are the question's. Read on the Chinese sample: these opened texts about one person.
const RESTATES_QUESTION = 0.5;
// Or it speaks of the asker or the relative asked about ("你的亲属…检查发觉患糖尿病", "女孩的父亲查出来有癫痫").
const OWN_CASE = /你的|您的|他的|她的|(?:你|您|他|她)(?:目前|现在|現在|这|這|已经|已經|得了|患了|查出)|亲属|親屬|女孩|父亲|父親|母亲|母親|婆婆|姑姑|小姨|孩子的|宝宝的|寶寶的/;

function candidatesOf(passage: Passage, passageRank: number, asked: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const own = passage.kind === 'doctor-answer';
  for (const s of chineseSentences(passage.text)) {
    let text: string | null = s.text;
    if (!own && (ABOUT_A_PERSON.test(text) || CONTINUES.test(text))) continue;
    if (NUMBER.test(text) || NAMED_MEDICINE.test(text)) continue;
    if (own && (coverage(hanBigrams(text), asked) >= RESTATES_QUESTION || OWN_CASE.test(text))) continue;
    if (unsafe(text)) text = adviceTail(text, unsafe);
    if (!text) continue;
    if (!/[。！]$/.test(text)) text += '。';
    const n = hanCount(text);
    if (n < 8 || n > 120) continue;
    const grams = hanBigrams(text);
    let hit = 0;
    for (const g of grams) if (asked.has(g)) hit++;
    // Another asker's answer counts only where it speaks to this question's words.
    if (!own && hit < 2) continue;
    const score = hit / Math.sqrt(grams.size + 1) + (own ? 1.5 : 0) - passageRank * 0.05;
    out.push({ text, passage, passageRank, index: s.index, role: roleOfChinese(text), score, grams });
  }
  return out;
}

function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return inter / Math.max(1, Math.min(a.size, b.size)) > 0.5;
}

const PARAGRAPHS: Role[][] = [['definition', 'cause', 'symptom', 'test'], ['treatment', 'self-care', 'outlook'], ['seek-care']];

function closingLine(questionText: string): string {
  return mentionsRedFlag(questionText, 'zh')
    ? '如出现突发或严重的症状，请立即拨打当地急救电话；症状持续或加重时，请尽快到医院就诊。'
    : '如果症状持续、反复或加重，请及时到医院就诊；出现突发或严重的症状时，请立即拨打当地急救电话。';
}

/**
 * Chinese More Info from the doctor's own answer and similar answered Chinese questions (the FAQ set
 * is English). Written in Simplified Chinese, then converted to the question's script.
 */
export function composeChinese(input: EnrichmentInput): EnrichmentOutput {
  const { question } = input;
  const script = question.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  const questionText = toScript(`${question.title} ${question.body}`, 'zh-Hans');
  const asked = hanBigrams(questionText);
  const questionTitle = toScript(question.title, 'zh-Hans');
  const term = questionTerm(questionTitle, toScript(question.body, 'zh-Hans'), toScript(input.answers.map((a) => a.text).join(' '), 'zh-Hans'));
  const answerText = toScript(input.answers.map((a) => a.text).join(' '), 'zh-Hans');

  const sources = input.passages.filter((p) => p.lang !== 'en').filter((p) => {
    if (p.kind === 'doctor-answer') return true;
    // A similar question's answer is used only when that question is clearly about the same thing:
    // it shares a term with this one (高血压), not just the frame ("有生命危险吗").
    // It must also be about this question's own term: its head (癫痫 of 癫痫药物), not just "药物副作用".
    const title = toScript(p.title, 'zh-Hans');
    return coverage(hanBigrams(title), asked) >= 0.4 && sharedTerm(questionTitle, title) !== null && (!term || title.includes(term.slice(0, 2)));
  });
  const pool = sources.flatMap((p, rank) => {
    const simplified = { ...p, text: toScript(p.text, 'zh-Hans') };
    return candidatesOf(simplified, rank, asked).map((c) => ({ ...c, passage: p }));
  });

  const chosen: Candidate[] = [];
  let han = 0;
  for (const c of [...pool].sort((a, b) => b.score - a.score)) {
    const n = hanCount(c.text);
    if (han + n > MAX_CITED_HAN) continue;
    if (chosen.filter((x) => x.role === c.role).length >= 3) continue;
    if (chosen.some((x) => nearDuplicate(x.grams, c.grams))) continue;
    chosen.push(c);
    han += n;
  }

  const headline = toScript(chineseHeadline(toScript(question.title, 'zh-Hans'), toScript(question.body, 'zh-Hans'), answerText + pool.map((c) => c.text).join('')), script);
  const warnings: string[] = [];
  if (han < MIN_CITED_HAN) {
    warnings.push(`more info left out: the Chinese sources support only ${han} characters`);
    return { headline, moreInfo: null, provider: 'builtin', warnings };
  }
  const numbers = new CitationNumbers();
  // Within a paragraph, the doctor's own answer first and in its own order, then the similar answers.
  const rank = (c: Candidate) => c.passageRank * 1000 + c.index;
  const paragraphs: string[] = [];
  for (const roles of PARAGRAPHS) {
    const inParagraph = chosen.filter((c) => roles.includes(c.role)).sort((a, b) => rank(a) - rank(b));
    const sentences = inParagraph.map((c) => cite(c.text, numbers.numberOf(c.passage)));
    if (roles.includes('seek-care')) sentences.push(closingLine(questionText));
    if (sentences.length) paragraphs.push(sentences.join(''));
  }
  const text = toScript(paragraphs.join('\n\n'), script);
  return { headline, moreInfo: { text, sources: numbers.sources }, provider: 'builtin', warnings };
}
