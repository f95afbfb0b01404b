// Leave-one-set-out estimate of the learned name complement (src/safety/deid/model/): `npm run -s bench:deid-loso`
// (`-- --verbose` lists what the model adds on each left-out set).
//
// For each labelled de-identification set: train on all the other sets plus real unlabelled text (where the rules
// find no name) and score the set left out, rules alone against rules + model. The threshold is chosen ONCE, from the
// folds of the older sets (dev … heldout12): the lowest τ of 0.50 … 0.95 at which, pooled over those folds, the model
// wrongly removes no medical span and adds at most one stray redaction per 100 cases. heldout13 … heldout15b are
// then reported with that τ, untouched.
//
// A caveat the figures need: the RULES have been fixed on every set but heldout15b, so "rules alone" reads ~100% on
// them and the complement has little left to find there. "model alone" (the model with no rule findings to lean on)
// is the better view of what it would find in a new writer's text; heldout15b, not yet fixed on, is the one set
// where rules alone read as on fresh text.
import { deidentifyByRules } from '../src/safety/deid/deidentify.js';
import { complementNames, type NameModel } from '../src/safety/deid/model/complement.js';
import { trainNameModel } from '../src/safety/deid/model/train.js';
import { evaluateDeid, type DeidReport } from '../src/safety/eval/deid-metrics.js';
import type { Redaction } from '../src/safety/deid/kinds.js';
import { foldWidth } from '../src/safety/script.js';
import { DEID_SETS, OLDER_SETS, labelledTexts, medicalVocabulary, realTexts, withFreshRules, type DeidSet } from './deid-name-data.js';

const verbose = process.argv.includes('--verbose');
// --fresh: each set's rules are those it was first scored blind on (FIRST_MEASURED_AT), for training and scoring alike.
const freshRules = process.argv.includes('--fresh');
const TAUS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const t0 = performance.now();
const today = labelledTexts();
const fresh = freshRules ? await withFreshRules(today) : undefined;
const labelled = fresh?.texts ?? today;
const real = realTexts();

const asRedactions = (text: string, spans: { kind: string; start: number; end: number }[]): Redaction[] =>
  spans.map((s) => ({ kind: s.kind as Redaction['kind'], start: s.start, end: s.end, original: text.slice(s.start, s.end), replacement: '' }));

interface Fold { set: DeidSet; rules: DeidReport; byTau: Map<number, DeidReport>; alone: Map<number, DeidReport>; added: Map<number, string[]> }
const folds: Fold[] = [];
for (const set of DEID_SETS) {
  const training = labelled.filter((t) => t.set !== set);
  const model: NameModel = trainNameModel([...training, ...real], medicalVocabulary(training));
  const cases = labelled.filter((t) => t.set === set).map((t) => t.c);
  const rulesOf = new Map(labelled.filter((t) => t.set === set).map((t) => [t.c.text, (fresh?.rulesOf.get(t) ?? deidentifyByRules(t.c.text, t.c.lang).redactions) as Redaction[]]));
  const rules = evaluateDeid(cases, (text) => ({ text, redactions: rulesOf.get(text)! }));
  const byTau = new Map<number, DeidReport>();
  const alone = new Map<number, DeidReport>();
  const added = new Map<number, string[]>();
  for (const tau of TAUS) {
    const notes: string[] = [];
    byTau.set(tau, evaluateDeid(cases, (text) => {
      const found = rulesOf.get(text)!;
      const more = asRedactions(text, complementNames(foldWidth(text), found, model, tau));
      for (const r of more) notes.push(r.original);
      return { text, redactions: [...found, ...more] };
    }));
    alone.set(tau, evaluateDeid(cases, (text) => ({ text, redactions: asRedactions(text, complementNames(foldWidth(text), [], model, tau)) })));
    added.set(tau, notes);
  }
  folds.push({ set, rules, byTau, alone, added });
  console.error(`fold ${set}: ${model.weights.size} weights`);
}

const names = (r: DeidReport) => r.byKind.name ?? { total: 0, removed: 0 };
const sum = (rs: DeidReport[]) => ({
  cases: rs.reduce((a, r) => a + r.cases, 0),
  ids: rs.reduce((a, r) => a + r.identifiers, 0), removed: rs.reduce((a, r) => a + r.removed, 0),
  names: rs.reduce((a, r) => a + names(r).total, 0), namesFound: rs.reduce((a, r) => a + names(r).removed, 0),
  keep: rs.reduce((a, r) => a + r.keepSpans, 0), keepRemoved: rs.reduce((a, r) => a + r.keepRemoved, 0),
  strays: rs.reduce((a, r) => a + r.strayRedactions, 0),
});

// The threshold, from the older sets' folds alone.
const older = folds.filter((f) => OLDER_SETS.includes(f.set));
const olderRules = sum(older.map((f) => f.rules));
console.log(freshRules ? 'Rules: as first scored blind on each set (--fresh)\n' : 'Rules: today\'s (fixed on every set but heldout15b)\n');
console.log('τ on the older sets (pooled, rules + model): names, medical wrongly removed, strays');
let tau = 0.95;
for (const t of TAUS) {
  const s = sum(older.map((f) => f.byTau.get(t)!));
  const a = sum(older.map((f) => f.alone.get(t)!));
  console.log(`  τ ${t.toFixed(2)}: names ${s.namesFound}/${s.names}, medical ${s.keepRemoved}/${s.keep}, strays ${s.strays} (rules alone ${olderRules.strays}); model alone names ${a.namesFound}/${a.names}, medical ${a.keepRemoved}, strays ${a.strays}`);
}
for (const t of TAUS) {
  const s = sum(older.map((f) => f.byTau.get(t)!));
  if (s.keepRemoved <= olderRules.keepRemoved && s.strays - olderRules.strays <= olderRules.cases / 100) { tau = t; break; }
}
console.log(`chosen τ = ${tau}`);
// DEID_TAU=0.95 reports the table at another τ (the committed one, raised for real text) without choosing it here.
if (process.env.DEID_TAU) tau = Number(process.env.DEID_TAU);
console.log(`reported at τ = ${tau}\n`);

const fmt = (s: ReturnType<typeof sum>) => `${s.removed}/${s.ids} | ${s.namesFound}/${s.names} | ${s.keepRemoved}/${s.keep} | ${s.strays}`;
console.log('| set | rules alone: identifiers / names / medical removed / strays | rules + model (τ ' + tau + ') | model alone: names / medical / strays |');
console.log('|---|---|---|---|');
const row = (label: string, fs: Fold[]) => {
  const a = sum(fs.map((f) => f.alone.get(tau)!));
  console.log(`| ${label} | ${fmt(sum(fs.map((f) => f.rules)))} | ${fmt(sum(fs.map((f) => f.byTau.get(tau)!)))} | ${a.namesFound}/${a.names} / ${a.keepRemoved} / ${a.strays} |`);
};
for (const f of folds) row(f.set, [f]);
row('**older (dev–v12) pooled**', older);
row('**v13–v15b pooled**', folds.filter((f) => !OLDER_SETS.includes(f.set)));
row('**all pooled**', folds);
if (verbose) {
  for (const f of folds) {
    const r = f.byTau.get(tau)!;
    const notes = f.added.get(tau)!;
    if (notes.length) console.log(`\n${f.set} added: ${notes.map((n) => `«${n}»`).join(' ')}`);
    for (const s of r.strays) if (notes.includes(s.original)) console.log(`  stray «${s.original}»`);
    for (const o of r.overRemoved) console.log(`  medical removed «${o.value}» by «${o.by}»`);
    const a = f.alone.get(tau)!;
    for (const m of a.missed) if (m.kind === 'name') console.log(`  model alone missed «${m.value}»`);
  }
}
console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s`);
