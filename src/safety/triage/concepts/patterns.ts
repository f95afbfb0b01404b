// Building blocks shared by the lexicons.

/** Up to n words between two parts of an English phrase. */
export const W = (n: number) => `(?:[\\w'-]+\\W+){0,${n}}`;
export const re = (parts: string[]) => new RegExp(parts.join('|'), 'g');

export const ZH_NUM = '(?:\\d+|[一二两三四五六七八九十几]+)';
export const EN_NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)';

export function underThreeMonths(count: number | undefined, unit: string): boolean {
  if (count === undefined) return false;
  if (/day|天/.test(unit)) return count <= 90;
  if (/week|wk|周|星期/.test(unit)) return count <= 12;
  if (/month|月/.test(unit)) return count < 3;
  return false;
}
