// 几 ("a few") counts as 3, so 十几 is 13: these numbers only feed thresholds.
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 几: 3 };

/**
 * A count written in digits, English words or Chinese numerals ("五十", "十二", "几十").
 * "几"/"a few" become a small guess: they only ever feed thresholds such as "under three months".
 */
export function parseCount(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const words: Record<string, number> = {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    few: 3, several: 4, 几: 3, 半: 0.5,
  };
  if (s in words) return words[s];
  if (s === '几十') return 30;
  if (!/^[零〇一二两三四五六七八九十百几]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGIT[ch];
    }
  }
  return total + current;
}
