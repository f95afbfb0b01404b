/**
 * Trains the pair combiners on the development halves and writes their weights to
 * src/similarity/resources/pair-model-{en,zh}.json. Prints the cross-validated (out-of-fold) figures;
 * `npm run bench:similarity` recomputes them the same way.
 *
 *   npx tsx scripts/train-similarity.ts
 *
 * Run scripts/train-similarity-idf.ts and scripts/train-similarity-concepts.ts first when the
 * background tables need rebuilding: the features read them.
 */
import { writeFileSync } from 'node:fs';
import { accuracy, rocAuc } from '../src/similarity/bench/metrics.js';
import { crossValidateModel, pairData, trainModel } from '../src/similarity/train/pair-models.js';

for (const name of ['en', 'zh'] as const) {
  const t0 = Date.now();
  const data = pairData(name);
  const cv = crossValidateModel(name, data);
  const model = trainModel(name, data, cv);
  const file = `src/similarity/resources/pair-model-${name}.json`;
  writeFileSync(file, JSON.stringify(model) + '\n');
  const bySet = new Map<string, number[]>();
  data.pairs.forEach((p, i) => bySet.set(p.set, [...(bySet.get(p.set) ?? []), i]));
  console.log(`${file}: ${Object.keys(model.weights).length} weights, threshold ${model.threshold} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  for (const [set, idx] of bySet) {
    const labels = idx.map((i) => data.labels[i]);
    console.log(`  ${set}: out-of-fold AUC ${rocAuc(idx.map((i) => cv.oof[i]), labels).toFixed(3)}, accuracy ${accuracy(idx.map((i) => cv.oofSame[i]), labels).toFixed(3)} (${idx.length} pairs)`);
  }
}
