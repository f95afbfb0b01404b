// Leave-one-set-out estimate of triage on wording it has not seen. `npm run -s bench:triage-loso`
// (`-- --verbose` lists every miss and false alarm).
//
// The rules have been fixed on every labelled set except heldout12, so the current rules cannot be scored
// honestly on them. Each held-out set was, however, measured once on the rules as they stood before it was
// written (docs/safety.md lists the commits). This script rebuilds those rules from git and scores each set
// on the rules that had not seen it: the rules' fresh figure. The learned complement
// (src/safety/triage/model/) is trained on the other sets (dev included) plus half the real seed
// questions as negatives, and scored on the set left out; its threshold is chosen inside each fold by a
// second leave-one-set-out over the training sets, so no figure below was tuned on the set it reports.
// "rules + model" alarms when either does.
import { type TriageSetName } from '../src/safety/eval/labelled.js';
import type { TriageCategory } from '../src/safety/triage/categories.js';
import { rulesOverrule, rulesSawAnySign, rulesSawSignOf, triageByRules } from '../src/safety/triage/triage.js';
import { SURE_WITHOUT_SIGNS } from '../src/safety/triage/model/complement.js';
import { normaliseForTriage } from '../src/safety/triage/text.js';
import { questionFeatures } from '../src/safety/triage/model/features.js';
import { MAX_FALSE_ALARMS, chooseThreshold, complementOpinion, trainComplement } from '../src/safety/triage/model/train.js';
import { TRIAGE_SETS, labelledRows, outOfSetOpinions, realNegatives, realQuestions, type LabelledRow } from './triage-sets.js';

const FRESH_STYLE: TriageSetName[] = ['heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12'];
// v13–v18 were written blind by six other writers: the sets not in the style of the hand that wrote the rules.
const OTHER_WRITER: TriageSetName[] = ['heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18'];
// An experiment may try another false-alarm budget for the threshold (TRIAGE_FA_BUDGET=0.03).
const BUDGET = Number(process.env.TRIAGE_FA_BUDGET ?? MAX_FALSE_ALARMS);

// The rules overrule the model on a sign of its category they set aside on purpose (triage.ts). This uses
// today's rules, which were fixed on v1–v11, so it flatters those sets a little; "model, no overrule" shows
// the model without it.
const vetoed = (r: LabelledRow, o: { category: TriageCategory }) => rulesOverrule(r.c.text, o.category);
// Below SURE_WITHOUT_SIGNS the model needs a sign the rules saw; here, the rules as they stood before the set.
const unbacked = (r: LabelledRow, p: number) => p < SURE_WITHOUT_SIGNS && r.firstSawSign === false;
interface Scored { r: LabelledRow; p: number; tau: number; overruled: boolean; unbacked: boolean }
const rows = await labelledRows();
const negatives = realNegatives();
const t0 = performance.now();
const scored: Scored[] = [];
const categoryRight: boolean[] = [];
// As triage does it: among the categories the rules saw a sign of, if any (today's rules, so a little flattering).
const categoryRightWithRules: boolean[] = [];
for (const outer of TRIAGE_SETS) {
  const training = rows.filter((r) => r.set !== outer);
  // The threshold, from the training sets alone.
  const inner = outOfSetOpinions(training, negatives, TRIAGE_SETS.filter((s) => s !== outer));
  const tau = chooseThreshold([...inner].map(([r, o]) => ({ p: vetoed(r, o) || unbacked(r, o.p) ? 0 : o.p, emergency: r.emergency, rulesAlarm: r.firstRules ?? r.rulesNow })), BUDGET);
  const model = trainComplement(training, negatives);
  for (const r of rows) {
    if (r.set !== outer) continue;
    const o = complementOpinion(model, r.features);
    scored.push({ r, p: o.p, tau, overruled: vetoed(r, o), unbacked: unbacked(r, o.p) });
    if (r.emergency && o.p >= tau && !r.firstRules && !unbacked(r, o.p)) {
      categoryRight.push(r.categories.includes(o.category));
      const named = o.ranked.find((c) => rulesSawSignOf(r.c.text, c)) ?? o.category;
      categoryRightWithRules.push(r.categories.includes(named));
    }
  }
  console.error(`fold ${outer}: τ ${tau}`);
}
console.log(`Leave-one-set-out over ${TRIAGE_SETS.length} sets, nested threshold choice (false-alarm budget ${BUDGET}): ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);

const model = (s: Scored) => s.p >= s.tau && !s.overruled && !s.unbacked;
const first = (s: Scored) => s.r.firstRules!;
function cell(ss: Scored[], alarm: (s: Scored) => boolean): string {
  const pos = ss.filter((s) => s.r.emergency), neg = ss.filter((s) => !s.r.emergency);
  const tp = pos.filter(alarm).length, fp = neg.filter(alarm).length;
  return `${(tp / pos.length).toFixed(3)} (${tp}/${pos.length}) / ${(fp / neg.length).toFixed(3)} (${fp}/${neg.length})`;
}
console.log('Recall / false-alarm rate on each set left out. "first rules" = the rules before the set was written.\n');
console.log('| set | τ | first rules | model | first rules + model | current rules + model |');
console.log('|---|---|---|---|---|---|');
for (const set of TRIAGE_SETS) {
  const ss = scored.filter((s) => s.r.set === set);
  const measured = ss[0].r.firstRules !== undefined;
  console.log(`| ${set} | ${ss[0].tau} | ${measured ? cell(ss, first) : '–'} | ${cell(ss, model)} | ${measured ? cell(ss, (s) => first(s) || model(s)) : '–'} | ${cell(ss, (s) => s.r.rulesNow || model(s))} |`);
}
const measured = scored.filter((s) => s.r.firstRules !== undefined);
const sameWriter = measured.filter((s) => !OTHER_WRITER.includes(s.r.set));
const fresh = scored.filter((s) => FRESH_STYLE.includes(s.r.set));
const other = scored.filter((s) => OTHER_WRITER.includes(s.r.set));
const v13 = scored.filter((s) => s.r.set === 'heldout13');
const v14 = scored.filter((s) => s.r.set === 'heldout14');
const v15 = scored.filter((s) => s.r.set === 'heldout15');
const v16 = scored.filter((s) => s.r.set === 'heldout16');
const v17 = scored.filter((s) => s.r.set === 'heldout17');
const v18 = scored.filter((s) => s.r.set === 'heldout18');
for (const [label, ss] of [['pooled v1–v18', measured], ['pooled v1–v12', sameWriter], ['pooled v6–v12', fresh], ['v13–v18 (six other writers)', other], ['v13 (a second writer)', v13], ['v14 (a third writer, varied voices)', v14], ['v15 (a fourth writer)', v15], ['v16 (a fifth writer)', v16], ['v17 (a sixth writer)', v17], ['v18 (a seventh writer)', v18]] as const) {
  console.log(`| **${label}** | | ${cell(ss, first)} | ${cell(ss, model)} | **${cell(ss, (s) => first(s) || model(s))}** | |`);
  console.log(`| ${label}, model without the rules' overrule or the need for a sign | | | ${cell(ss, (s) => s.p >= s.tau)} | ${cell(ss, (s) => first(s) || s.p >= s.tau)} | |`);
}
for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
  for (const [label, pool] of [['v6–v12', fresh], ['v13', v13], ['v14', v14], ['v15', v15], ['v16', v16], ['v17', v17], ['v18', v18]] as const) {
    const ss = pool.filter((s) => s.r.c.lang === lang);
    if (ss.length > 0) console.log(`| ${label} ${lang} | | ${cell(ss, first)} | ${cell(ss, model)} | ${cell(ss, (s) => first(s) || model(s))} | |`);
  }
}
console.log('\nThe same, pooled v6–v12, v13, v14, v15, v16, v17 and v18, at fixed thresholds (the trade-off; not how τ is chosen):\n');
console.log('| τ | model | first rules + model |');
console.log('|---|---|---|');
for (const [label, pool] of [['v6–v12', fresh], ['v13', v13], ['v14', v14], ['v15', v15], ['v16', v16], ['v17', v17], ['v18', v18]] as const) {
  for (const tau of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) console.log(`| ${label} τ ${tau} | ${cell(pool, (s) => s.p >= tau && !s.overruled && !s.unbacked)} | ${cell(pool, (s) => first(s) || (s.p >= tau && !s.overruled && !s.unbacked))} |`);
}
console.log(`\nCategory named right when the model alone caught an emergency: ${categoryRight.filter(Boolean).length}/${categoryRight.length}; preferring a category the rules saw a sign of, as triage does: ${categoryRightWithRules.filter(Boolean).length}/${categoryRightWithRules.length}`);
if (process.argv.includes('--verbose')) {
  for (const s of measured) {
    const alarm = first(s) || model(s);
    if (alarm !== s.r.emergency) console.log(`  ${s.r.emergency ? 'missed' : 'false alarm'} [${s.r.set}] p=${s.p.toFixed(2)}: ${s.r.c.text}`);
  }
}

// Real questions the model never saw (the odd seeds), with the threshold chosen the same way over all the sets.
const held = realQuestions().filter((s) => !s.train);
if (held.length > 0) {
  const all = trainComplement(rows, negatives);
  const tau = chooseThreshold(scored.map((s) => ({ p: s.overruled || s.unbacked ? 0 : s.p, emergency: s.r.emergency, rulesAlarm: s.r.firstRules ?? s.r.rulesNow })), BUDGET);
  const flagged = held.map((s) => ({ s, rules: triageByRules(s.text).emergency, p: complementOpinion(all, questionFeatures(normaliseForTriage(s.text))).p }));
  const byModelOnly = flagged.filter((x) => !x.rules && x.p >= tau && (x.p >= SURE_WITHOUT_SIGNS || rulesSawAnySign(x.s.text)) && !rulesOverrule(x.s.text, complementOpinion(all, questionFeatures(normaliseForTriage(x.s.text))).category));
  console.log(`\nHeld-back real questions (odd seeds, ${held.length}): rules flag ${flagged.filter((x) => x.rules).length}, the model alone adds ${byModelOnly.length} at τ ${tau} (${((100 * byModelOnly.length) / held.length).toFixed(2)}%)`);
  for (const x of byModelOnly.slice(0, 20)) console.log(`  ${x.p.toFixed(2)} ${x.s.text.replace(/\s+/g, ' ').slice(0, 120)}`);
}
