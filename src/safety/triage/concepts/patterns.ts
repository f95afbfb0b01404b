// Building blocks shared by the lexicons.

/** Up to n words between two parts of an English phrase. */
export const W = (n: number) => `(?:[\\w'-]+\\W+){0,${n}}`;
export const re = (parts: string[]) => new RegExp(parts.join('|'), 'g');

/**
 * Chinese hyperbole with an ordinary cause, a degree complement just before the sign: "悶到快窒息" (bored stiff),
 * "寫報告寫到快吐血", "累到想死". Causes that are themselves symptoms (痛, 咳, 喘, 胸口闷) are left out, since
 * "咳到快窒息" may be meant. The verb told twice around its object ("加班加到快往生", "打电动打到", "念书念到") is the
 * construction of an activity overdone, whatever the activity, unless the verb is a symptom ("咳嗽咳到快窒息").
 */
export const ZH_HYPERBOLE_BEFORE = /(?:(?<!胸|胸口|心口)(?:累|困|忙|热|冷|饿|撑|无聊|尴尬|丢脸|笑|好笑|吓|爽|辣|好吃|看|听|等|玩|聊|追剧|吵|晒|渴|闷|气|写|读|念|做|烦|挤|臭|赶|考|加班|熬夜|上班|工作|压力(?:好|很|太|超|真)?大)|(?<zhRepeatedVerb>(?![咳喘痛疼吐哭抽晕闷憋呕拉])[\u4e00-\u9fff])[\u4e00-\u9fff]{1,5}\k<zhRepeatedVerb>)(?:到|得)(?:我|他|她|人)?(?:快|都|真的|要|快要|差点)?$/;

export const ZH_NUM = '(?:\\d+|[一二两三四五六七八九十几]+)';
export const EN_NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)';

export function underThreeMonths(count: number | undefined, unit: string): boolean {
  if (count === undefined) return false;
  if (/day|天/.test(unit)) return count <= 90;
  if (/week|wk|周|星期|礼拜/.test(unit)) return count <= 12;
  if (/month|月/.test(unit)) return count < 3;
  return false;
}

/** A car engine left running in a closed garage, told garage first: carbon monoxide, and a means of suicide. */
export const GARAGE_ENGINE =
  "\\b(?:garage|shed)\\b(?![^.;!?]{0,40}\\bdoors? (?:wide )?open)[^.;!?]{0,40}\\b(?:engine|car) (?:is |was |still )?running\\b|车库[^,，。;；]{0,10}(?:发动|没熄火|不熄火|引擎(?:开着|没关|一直开))";

