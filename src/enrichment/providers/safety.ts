// The medical-safety rules every generated text must keep: no dosing, nothing that reads as telling the
// reader what they have, and an ending that says when to see a doctor. The built-in provider drops
// sentences that break them; validateGenerated rejects any output that still contains one.

const EN_NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|ten|half|a half|1\/2)`;
const EN_UNIT = String.raw`(?:mg|mcg|µg|μg|g|gm|grams?|milligrams?|micrograms?|ml|mls|cc|iu|units?|tablets?|tabs?|capsules?|caps|pills?|drops?|puffs?|sprays?|teaspoons?|tablespoons?|tsp|tbsp|sachets?|doses?|lozenges?|suppositor(?:y|ies)|patch(?:es)?)`;

const EN_DOSE: RegExp[] = [
  // "500 mg", "2-3 tablets", "10 to 20 ml", "one tablet"
  new RegExp(String.raw`\b${EN_NUMBER}(?:\s*(?:-|–|to|or)\s*${EN_NUMBER})?\s*${EN_UNIT}\b`, 'i'),
  /\d\s*(?:mg|mcg|ml|g)\b/i,
  /\bmg\s*\/\s*kg\b|\bper\s+kilogram\b/i,
  // "twice a day", "3 times daily", "every 6 hours"
  /\b(?:once|twice|thrice|(?:\d+|one|two|three|four|five|six)\s+times)\s+(?:a|per|each|every)\s+(?:day|night|week|hour)\b/i,
  /\b(?:once|twice|thrice|(?:\d+|two|three|four)\s+times)\s+daily\b/i,
  /\bevery\s+\d+(?:\s*(?:-|to)\s*\d+)?\s*hours?\b/i,
  /\b(?:b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|q\.?d|q\d+h|prn)\b/i,
  /\b(?:dose|dosage|dosing)\s+(?:of|is|was|should)\b/i,
  // A schedule ("shots every week") or an amount ("large doses of vitamin B12") is a prescription too.
  /\b(?:shots?|injections?|pills?|tablets?|capsules?|doses?|medicines?|medications?|drops?|supplements?)\b[^.]{0,60}\bevery\s+(?:day|night|week|month|other|morning|evening|\d+)/i,
  /\b(?:large|high|higher|low|lower|small|big|double|extra)\s+doses?\b/i,
  // How long to take a medicine is part of a prescription too.
  /\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen)[- ](?:day|week|month)s?\s+course\b/i,
  /\b(?:antibiotics?|medicines?|medications?|drugs?|tablets?|pills?)\b[^.]{0,40}\bfor\s+(?:\d+|one|two|three|four|five|six|seven|ten)\s+(?:days|weeks|months)\b/i,
];

const ZH_NUMBER = '[0-9０-９一二三四五六七八九十两兩半百千几幾]';
const ZH_DOSE: RegExp[] = [
  new RegExp(`${ZH_NUMBER}\\s*(?:毫克|毫升|微克|公克|克|mg|ml|g|片|粒|丸|袋|支|滴|单位|單位|包|颗|顆|勺|匙|剂|劑|贴|貼|喷|噴)`, 'i'),
  new RegExp(`(?:每[天日晚早次]|一[天日]|日)\\s*${ZH_NUMBER}+\\s*次`),
  new RegExp(`${ZH_NUMBER}+\\s*次\\s*[/／每]\\s*[天日]`),
  /剂量|劑量|用量|用法/,
];

export function statesDose(sentence: string, lang: 'en' | 'zh'): boolean {
  const rules = lang === 'en' ? EN_DOSE : ZH_DOSE;
  return rules.some((r) => r.test(sentence));
}

const EN_CONDITIONAL = /\b(?:if|when|whenever|unless|whether|once|who|those|anyone|people|someone|before|after|until|while)\b/i;

const EN_DIAGNOSIS_ALWAYS: RegExp[] = [
  /\byou(?:'re| are| r)\s+(?:\w+\s+)?(?:suffering|diagnosed|fine|ok|okay|healthy|normal|free|negative|positive|pregnant|infected|diabetic|an(?:a)?emic|safe|cured|\d+\s*%)/i,
  /\byou\s+(?:probably|likely|most likely|definitely|certainly|clearly|surely|already)\s+(?:have|had|suffer|are|got)\b/i,
  /\b(?:this|that|it)(?:'s| is| was| could be| may be| might be| seems to be| seems| looks like| sounds like)\s+(?:most\s+|very\s+|almost\s+)?(?:probably|likely|definitely|certainly|clearly|surely|nothing|not serious|benign|harmless|just)\b/i,
  /\b(?:sounds|looks|seems)\s+like\s+(?:you|a|an|it)\b/i,
  /\byour\s+\w+\s+(?:is|are)\s+(?:working\s+)?(?:normal(?:ly)?|fine|healthy|ok|okay)\b/i,
  /\bin\s+your\s+case\b|\byou\s+are\s+suffering\b|\byour\s+diagnosis\b/i,
  /\b(?:i|we)\s+(?:think|believe|suspect|diagnose)\b/i,
];

const EN_DIAGNOSIS_UNLESS_CONDITIONAL: RegExp[] = [
  /\byou(?:'ve| have| had|'ve got| got)\s+(?!to\b)/i,
  /\byou\s+(?:may|might|could)\s+(?:have|be suffering|be pregnant)\b(?!\s+to\b)/i,
  /\bthis\s+is\s+(?:a|an)\s+(?:sign|symptom|case|form|type)\s+of\b/i,
  /\byour\s+(?:condition|problem|symptoms?|pain|results?|tests?|report|x-?ray|mri|scan|ct|diagnosis|case|lesion|lump)\s+(?:is|are|was|were|shows?|showed|indicates?|suggests?|means?|looks?|seems?)\b/i,
];

const ZH_CONDITIONAL = /如果|若|假如|要是|一旦|如有|倘若|当|當|凡/;
const ZH_DIAGNOSIS_ALWAYS: RegExp[] = [
  /考虑|考慮|诊断为|診斷為|确诊|確診|诊断是|診斷是/,
  /(?:你|您)(?:的)?(?:这|這|这种|這種|此)?(?:情况|情況|症状|症狀|问题|問題|病)?(?:是|属于|屬於|应该是|應該是|可能是|估计是|估計是|多半是|患有|患了|得了|得的是)/,
  /(?:这|這|此)(?:种|種)?(?:情况|情況|症状|症狀)?(?:是|属于|屬於|应该是|應該是|可能是|估计是|估計是|多半是)/,
  /应该是|應該是|估计是|估計是|多半是|基本是/,
  /没有?(?:什么|什麼)?(?:大)?(?:问题|問題)|不用担心|不用擔心|不必担心|不必擔心/,
];
const ZH_DIAGNOSIS_UNLESS_CONDITIONAL: RegExp[] = [/(?:你|您)(?:有|患|得)/];

export function claimsDiagnosis(sentence: string, lang: 'en' | 'zh'): boolean {
  if (lang === 'en') {
    if (EN_DIAGNOSIS_ALWAYS.some((r) => r.test(sentence))) return true;
    const conditional = EN_CONDITIONAL.test(sentence);
    return !conditional && EN_DIAGNOSIS_UNLESS_CONDITIONAL.some((r) => r.test(sentence));
  }
  if (ZH_DIAGNOSIS_ALWAYS.some((r) => r.test(sentence))) return true;
  return ZH_DIAGNOSIS_UNLESS_CONDITIONAL.some((r) => {
    const m = r.exec(sentence);
    return m !== null && !ZH_CONDITIONAL.test(sentence.slice(Math.max(0, m.index - 8), m.index));
  });
}

const EN_SEEK_CARE: RegExp[] = [
  /\b(?:see|call|contact|consult|visit|talk\s+(?:to|with)|tell|check\s+with|speak\s+(?:to|with)|ask)\b[^.]{0,50}\b(?:doctors?|physicians?|health\s*care\s+(?:providers?|professionals?|team)|providers?|specialists?|gp|clinic|nurses?|dentists?|pediatricians?|emergency)\b/i,
  /\b(?:seek|get|needs?|requires?)\s+(?:immediate\s+|prompt\s+|urgent\s+|emergency\s+)?(?:medical|emergency|professional)\s+(?:help|care|attention|advice|treatment|evaluation)\b/i,
  /\b911\b|\bemergency\s+(?:room|department|number|services)\b/i,
];
const ZH_SEEK_CARE = /就医|就醫|就诊|就診|看医生|看醫生|医院|醫院|急诊|急診|医生|醫生|醫師|专科|專科|门诊|門診/;

export function saysWhenToSeeADoctor(text: string, lang: 'en' | 'zh'): boolean {
  return lang === 'en' ? EN_SEEK_CARE.some((r) => r.test(text)) : ZH_SEEK_CARE.test(text);
}

/** Words that mark an emergency; the closing paragraph then points to emergency care first. */
const EN_RED_FLAG = /\bchest pain|\bstroke\b|\bsuicid|\bkill (?:my|him|her)self\b|\bcan'?t breathe\b|\bshortness of breath\b|\bfaint(?:ed|ing)\b|\bseizure|\bvomiting blood|\bblood in (?:the )?vomit|\boverdose|\bparalys|\bslurred speech|\bunconscious/i;
const ZH_RED_FLAG = /胸痛|胸口痛|中风|中風|自杀|自殺|轻生|輕生|呼吸困难|呼吸困難|昏迷|晕厥|暈厥|抽搐|吐血|呕血|嘔血|便血|瘫痪|癱瘓|口齿不清|口齒不清/;

export function mentionsRedFlag(text: string, lang: 'en' | 'zh'): boolean {
  return lang === 'en' ? EN_RED_FLAG.test(text) : ZH_RED_FLAG.test(text);
}
