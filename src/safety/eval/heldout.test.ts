import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deidentify, triage } from '../index.js';
import { loadDeidSet, loadTriageSet } from './labelled.js';
import { evaluateTriage } from './triage-metrics.js';
import { evaluateDeid } from './deid-metrics.js';

// Each held-out set was written before the code it was first measured on, and measured once; docs/safety.md
// keeps those first figures, which are the accuracy estimates. Sets found short were then used to fix what they
// exposed, so here they guard against regressions.
// heldout12 is left out on purpose: it was measured once on the final rules and not fixed. It is in the learned
// complement's training data like every set, so the estimate of triage on unseen wording is now the
// leave-one-set-out bench (`npm run -s bench:triage-loso`, docs/safety.md), not a test.
// heldout13 was written blind by another writer and measured once on 7e87575 (rules + complement 0.970 / 0.090,
// docs/safety.md); it was then fixed, so here it is a regression set like the others.
// heldout14 was written blind by a third writer in varied voices and measured once on 7130697 (rules + complement
// 0.860 / 0.060, docs/safety.md); it was then used to develop (classes of wording, voices.test.ts), so it too is a
// regression set now, not an estimate.
// heldout15 was written blind by a fourth writer and measured once on f6ddeed (0.900 / 0.060) and once on 86bd039
// (0.930 / 0.040, docs/safety.md), unfixed both times; it was then used to develop (classes of wording,
// new-writers.test.ts) and the complement was trained on it, so it too is a regression set. The estimate of this
// code on unseen wording is the next blind set (v16), which it has not seen.
// heldout16 was written blind by a fifth writer and measured once on 86bd039 (0.930 / 0.010) and once on session 4's
// merged code (0.960 / 0.020, docs/safety.md); in session 5 it became a development set (classes of wording,
// more-voices.test.ts) and training data, so it too is a regression set.
// heldout17 was written blind by a sixth writer and measured once on d66c5e7 (0.960 / 0.050) and once on session 5's
// merged code (0.980 / 0.040, docs/safety.md); in session 7 it became a development set (classes of wording,
// more-voices.test.ts) and training data, so it too is a regression set. The estimate is now the blind v18.
// heldout18 was written blind by a seventh writer and measured once on c196abf (0.970 / 0.050) and once on eab0972
// (0.960 / 0.050, docs/safety.md); in session 7's round 2 it became a development set and training data, so it too is
// a regression set. The estimate is the next blind set.

for (const set of ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18'] as const) {
  test(`triage on ${set}: recall ≥ 0.97, false alarms ≤ 0.05`, () => {
    const r = evaluateTriage(loadTriageSet(set), triage);
    const detail = [...r.misses.map((m) => `missed: ${m.text}`), ...r.falseAlarms.map((f) => `false alarm: ${f.text}`)].join('\n');
    assert.ok(r.recall >= 0.97, `recall ${r.recall.toFixed(3)}\n${detail}`);
    assert.ok(r.falseAlarmRate <= 0.05, `false-alarm rate ${r.falseAlarmRate.toFixed(3)}\n${detail}`);
  });
}

// deid-heldout4 (v4) was written blind by another writer and measured once on cd6cd91: 116/241 identifiers
// (48.1%), 0/391 medical spans removed (docs/safety.md). The code was then extended by classes of wording it
// exposed (kin words, titles, signatures, postal addresses…), so it is a regression set, not an estimate.
// deid-heldout5 (v5) was written blind by a third writer and measured once on 7813b64: 189/230 (82.2%), 0/483
// medical spans removed (docs/safety.md). It was then used as a development set while the unmarked-name
// recogniser (given-name gazetteer, Chinese surname + context) was built, so it too is a regression set now; the
// estimate is the next blind set, which this code has not seen.
// deid-heldout6 (v6) was written blind by a fourth writer and measured once on 9706bd3: 112/146 (76.7%), 0/313
// medical spans removed (docs/safety.md). It was then a development set for the framed-name rules
// (framed-names-en.ts, framed-names-zh.ts), so it is a regression set too; the estimate is v7, unseen here.
// deid-heldout7 (v7) was written blind by the independent writer of triage v16 and measured once on 86bd039 and once
// on session 4's merged code: 122/134 (91.0%), 0/294 medical spans removed (docs/safety.md). Session 5 used it as a development set (classes of wording,
// deid/new-wording.test.ts), so it is a regression set too; the estimate is v8, unseen here.
// deid-heldout8 (v8) was written blind by the writer of triage v17 and measured once on d66c5e7 and once on session 5's
// merged code: 161/195 (82.6%), 1/285 medical spans removed (docs/safety.md). Session 6 used it as a development set
// (classes of wording, deid/written-out-identifiers.test.ts and deid/names-without-a-frame.test.ts), so it is a
// regression set too; the estimate is v9, unseen here.
// deid-heldout9 (v9) was written blind by a writer who read nothing on disk and measured once on c196abf: 151/203
// (74.4%), 1/462 medical spans removed (docs/safety.md). Session 7 used it as a development set, so it is a
// regression set too; the estimate is v10, unseen here.
// deid-heldout10 (v10) was written blind and measured once on c196abf (162/213, 76.1%) and once on 2a2a7c3 (178/213,
// 83.6%), medical 0/416 both (docs/safety.md). Session 7 round 2 used it as a development set, so it is a regression
// set too; the estimate is v11, unseen here.
// deid-heldout11 (v11) was written blind and measured once per round on c196abf, 2a2a7c3 and 47949be (166/203, 81.8%,
// medical 0/412, docs/safety.md). Session 8 used it as a development set, so it is a regression set too; the
// estimate is v12, unseen here.
// deid-heldout12 (v12) was written blind and measured once on d9e4eb7 (177/215, 82.3%, medical 0/470, docs/safety.md).
// Session 10 used it as a development set, so it is a regression set too; the next blind set is the estimate.
// deid-heldout13 (v13) was written blind and measured once on 4fc8fd7 (207/244, 84.8%, medical 0/374; d9e4eb7 200/244).
// Session 10 round 2 used it as a development set, so it is a regression set too.
// deid-heldout14 (v14a, the first half of session 11's blind set) was measured once on 0268a62 (126/153, 82.4%,
// medical 0/185). Session 11 used it as a development set; its other half is the estimate.
// deid-heldout14b (v14b, that other half) was measured once blind on b42bc7d (133/170, 78.2%, medical 0/180).
// Session 11 round 2 used it as a development set, so it is a regression set too.
// deid-heldout15 (v15a, the odd lines of session 12's blind set) read 105/116 (90.5%, medical 0/161) on 474444e before
// session 12 used it as a development set; its other half (v15b) is the estimate.
// deid-heldout15b (v15b, that other half) was scored blind after round 1 (106/132, 80.3%, medical 0/153; the base
// 474444e read 104/132). Session 12 round 2 used it as a development set, so it is a regression set too.
const DEID_SET_SIZES = { heldout: 60, heldout2: 22, heldout3: 15, heldout4: 100, heldout5: 100, heldout6: 120, heldout7: 120, heldout8: 120, heldout9: 120, heldout10: 120, heldout11: 120, heldout12: 120, heldout13: 120, heldout14: 60, heldout14b: 60, heldout15: 60, heldout15b: 60 } as const;

for (const set of ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout14b', 'heldout15', 'heldout15b'] as const) {
  test(`de-identification on ${set}: phones, e-mails and ID numbers 100%, all ≥ 95%, medical content ≤ 2% removed`, () => {
    const cases = loadDeidSet(set);
    assert.equal(cases.length, DEID_SET_SIZES[set]);
    const r = evaluateDeid(cases, deidentify);
    const detail = r.missed.map((m) => `missed ${m.kind} «${m.value}»`).join('\n');
    for (const kind of ['phone', 'email', 'national-id', 'ssn'] as const) {
      const k = r.byKind[kind];
      assert.ok(k && k.total > 0, `the held-out set has ${kind} cases`);
      assert.equal(k.removed, k.total, `${kind}: ${k.removed}/${k.total}\n${detail}`);
    }
    assert.ok(r.removed / r.identifiers >= 0.95, `all identifiers: ${r.removed}/${r.identifiers}\n${detail}`);
    assert.ok(r.keepRemoved / r.keepSpans <= 0.02, `medical content removed: ${r.keepRemoved}/${r.keepSpans}`);
  });
}
