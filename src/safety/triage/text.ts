import { toSimplified } from '../script.js';

/**
 * One comparable form for every pattern: NFKC (full-width digits and punctuation to ASCII),
 * lower case, straight apostrophes, and Simplified Chinese so Traditional input meets the same patterns.
 */
export function normaliseForTriage(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  // OpenCC keeps 著 where it could be the word "notable"; in symptoms it is always the particle 着.
  return fromCantonese(toSimplified(folded).replace(/著/g, '着')).replace(/\s+/g, ' ');
}

// Written Cantonese (Hong Kong and Taiwan forums) has its own function words, which OpenCC leaves alone: "佢冇反應",
// "食咗成排藥", "唔醒". Mapped to Mandarin so the one set of Chinese patterns, negations included ("冇胸口痛"), reads
// them. Only characters that are Cantonese words and not also Mandarin ones; 食 only as 食咗/食成/食晒,
// since 误食 and 食物中毒 are Mandarin too.
const CANTONESE: [RegExp, string][] = [
  [/食咗/g, '吃了'], [/食(?=成|晒)/g, '吃'], [/咗/g, '了'], [/冇/g, '没'], [/唔/g, '不'], [/佢哋/g, '他们'], [/佢/g, '他'],
  [/嘅/g, '的'], [/喺/g, '在'], [/瞓/g, '睡'], [/攰/g, '累'], [/未试过/g, '从来没有过'], [/郁不到/g, '动不了'],
  // 屋企(人) is home (family); 啲 is 些; 晒 after a verb of taking is "all of it" (食晒 = 吃光).
  [/屋企人/g, '家人'], [/屋企/g, '家'], [/啲/g, '些'], [/(?<=吃|吞|饮)晒/g, '光'],
];

function fromCantonese(text: string): string {
  if (!/[咗冇唔佢嘅喺瞓攰食屋啲]/.test(text)) return text;
  for (const [from, to] of CANTONESE) text = text.replace(from, to);
  return text;
}

// A decimal point ("38.5") does not end a sentence.
const SENTENCE_BREAK = /[!?;。！？；\n]+|\.(?=\s|$)/;

/**
 * Clauses bound the reach of a negation: in "no fever, but my chest hurts" the "no" must not cancel
 * the chest pain. Contrast words are dropped; "now"/"现在" open a new clause and stay in it, because
 * they mark a return to the present. A thousands comma ("120,000") does not split.
 */
const CLAUSE_BREAK = new RegExp(
  [',(?!\\d)', '、', '\\b(?:but|however|though|although|except|yet|whereas)\\b',
    // 不过 is "but" only on its own: after a verb it is a complement, "cannot manage to" (喘不过气, 透不过气, 熬不过去).
    '但是|可是|(?=不过)(?<![喘透缓回熬撑挺受活比打跑斗说忙吃看想躲逃闯睡])不过|然而|但',
    // "right now" and "just now" stay whole: the clause they end is the present one ("choking right now").
    '(?=\\bnow\\b)(?<!\\b(?:right|just) )|(?=现在|后来)',
    // "…cutting his arms (found out last week) and tonight he told me…": a time of today after "and" starts a clause of
    // its own, so a past frame earlier in the sentence does not reach the event told as tonight.
    '(?=\\band (?:tonight|today|this (?:morning|afternoon|evening)|just now)\\b)'].join('|'),
);

// Texting-style Chinese separates clauses with spaces ("活着真没意思 药已经攒够了 今天晚上就吃"): a space between two runs
// of at least three Han characters ends a clause, so a negation (没意思) does not reach the next one. A space after a
// short word ("没有 胸痛", "我 没有 胸痛") is word spacing and splits nothing.
const SPACED_CLAUSE = /(?<=[\u4e00-\u9fff]{3})\s+(?=[\u4e00-\u9fff]{3})/g;

export function splitSentences(normalised: string): string[][] {
  return normalised
    .replace(SPACED_CLAUSE, '，')
    .split(SENTENCE_BREAK)
    .map((sentence) =>
      sentence
        .split(CLAUSE_BREAK)
        .map((c) => (c ?? '').trim())
        .filter((c) => c.length > 0),
    )
    .filter((clauses) => clauses.length > 0);
}
