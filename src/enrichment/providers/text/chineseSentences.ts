// Chinese answers are written to one asker: a greeting, "according to your description", a guess at
// what they have, advice, then thanks. Only the general-information part is kept.

const GREETING_CLAUSE =
  /^(?:(?:朋友|患者|网友|網友)?(?:你好|您好)|根据(?:你|您)的?(?:描述|叙述|情况|提问|症状)|根據(?:你|您)的?(?:描述|敘述|情況|提問|症狀)|针对(?:你|您)的?(?:问题|情况)|針對(?:你|您)的?(?:問題|情況)|从(?:你|您)的?描述来看|你说的|您说的|病情分析|指导意见|意见建议)[^，。！？；,]*[，,：:！!]?\s*/;
const CLOSING = /感谢|感謝|谢谢|謝謝|以上|仅供|僅供|参考|參考|期望|帮助到|幫助到|希望(?:我的|以上|对你|對你|对您|對您|能帮|能幫)|祝(?:你|您|患者|病人|宝宝|寶寶)|早日(?:康复|康復|恢复|恢復)|以上是|仅供参考|僅供參考|请采纳|請採納|满意请|有问题|有問題再|欢迎|歡迎/;
const ADVICE_START = /^(?:建议|建議|平时|平時|注意|可以|另外|同时|同時|如果|需要|应该|應該|要|多|少|避免|饮食|飲食|治疗|治療|一般|此外|必要时|必要時)/;

export interface ChineseSentence {
  text: string;
  index: number;
}

const LONG_SENTENCE = 110;

/** Comma-spliced run-ons ("…不良反应，一般情况下…，若…") are cut at the comma nearest their middle. */
function splitRunOn(sentence: string): string[] {
  if (sentence.length <= LONG_SENTENCE) return [sentence];
  const commas = [...sentence.matchAll(/[，,]/g)].map((m) => m.index!);
  if (!commas.length) return [sentence];
  const middle = sentence.length / 2;
  const cut = commas.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [...splitRunOn(sentence.slice(0, cut) + '。'), ...splitRunOn(sentence.slice(cut + 1))];
}

export function chineseSentences(text: string): ChineseSentence[] {
  const out: ChineseSentence[] = [];
  const pieces = text
    .replace(/\s+/g, '')
    .split(/(?<=[。！？；!?;])/)
    .flatMap(splitRunOn);
  pieces.forEach((raw, index) => {
    let s = raw.replace(/[；;!]$/, '。').replace(/[?？]$/, '？');
    // Peel greeting clauses off the front, however many there are.
    for (let prev = ''; prev !== s; ) {
      prev = s;
      s = s.replace(GREETING_CLAUSE, '');
    }
    if (!s || /？$/.test(s) || CLOSING.test(s)) return;
    s = s.replace(/建议(?:你|您)/g, '建议').replace(/建議(?:你|您)/g, '建議');
    if (!/[。！]$/.test(s)) s += '。';
    out.push({ text: s, index });
  });
  return out;
}

/**
 * When a sentence opens with a statement about the asker ("考虑是胃炎，建议…"), the advice after it can
 * still stand alone: the clauses from the first advice-like clause on.
 */
export function adviceTail(sentence: string, unsafe: (s: string) => boolean): string | null {
  const clauses = sentence.split(/(?<=[，,])/);
  for (let i = 1; i < clauses.length; i++) {
    const tail = clauses.slice(i).join('');
    if (ADVICE_START.test(tail) && !unsafe(tail) && tail.length >= 10) return tail;
  }
  return null;
}

export function hanBigrams(text: string): Set<string> {
  const han = text.replace(/[^\u3400-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}
