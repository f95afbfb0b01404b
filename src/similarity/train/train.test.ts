import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rocAuc } from '../bench/metrics.js';
import { crossValidate } from './cross-validate.js';
import { encode, predictEncoded, trainEncoded } from './logistic.js';
import { predictTrees, trainTrees } from './boosted-trees.js';

// Deterministic pseudo-random numbers for the toy data.
function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
}

test('the logistic combiner learns a signal and ignores noise', () => {
  const r = rng(1);
  const xs = Array.from({ length: 600 }, () => new Map([['signal', r()], ['noise', r()]]));
  const ys = xs.map((x) => (x.get('signal')! > 0.5 ? 1 : 0));
  const set = encode(xs);
  const m = trainEncoded(set, ys, [...ys.keys()], { epochs: 30, learningRate: 0.5 });
  const scores = set.rows.map((row) => predictEncoded(m, row));
  assert.ok(rocAuc(scores, ys) > 0.95);
  const w = Object.fromEntries(set.names.map((n, i) => [n, m.w[i]]));
  assert.ok(Math.abs(w.signal) > 5 * Math.abs(w.noise));
});

test('cross-validation scores each group with a model that never saw it', () => {
  // Each group's label is arbitrary and only its own id feature reveals it: a model can memorise it
  // in-sample, but out-of-fold it must be at chance.
  const r = rng(2);
  const groups = Array.from({ length: 400 }, (_, i) => `g${i}`);
  const ys = groups.map(() => (r() < 0.5 ? 1 : 0));
  const xs = groups.map((g) => new Map([[`id:${g}`, 1]]));
  const set = encode(xs);
  const inSample = trainEncoded(set, ys, [...ys.keys()], { epochs: 20 });
  assert.ok(rocAuc(set.rows.map((row) => predictEncoded(inSample, row)), ys) > 0.99);
  const cv = crossValidate(set, ys, groups, { epochs: 20, innerFolds: 2 });
  const auc = rocAuc(cv.oof, ys);
  assert.ok(Math.abs(auc - 0.5) < 0.1, `out-of-fold AUC ${auc} should be near chance`);
});

test('boosted trees learn an interaction a linear model cannot (XOR)', () => {
  const r = rng(3);
  const xs = Array.from({ length: 800 }, () => [r(), r()]);
  const ys = xs.map(([a, b]) => ((a > 0.5) !== (b > 0.5) ? 1 : 0));
  const m = trainTrees(xs, ys, { trees: 60, depth: 2, rate: 0.3, minLeaf: 10 });
  assert.ok(rocAuc(xs.map((x) => predictTrees(m, x)), ys) > 0.95);
});
