import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bm25Index } from './bm25-index.js';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Zipf-like vocabulary: a few words in most documents (as "pain" is), most words rare.
function word(r: () => number): string {
  return `w${Math.floor(1 / (r() + 0.002)) % 3000}`;
}

for (const window of [4096, 96]) {
  test(`MaxScore pruning returns exactly the top k of scoring every posting, with removals, filters and weights (windows of ${window} slots)`, () => {
    const r = rng(42 + window);
    const index = new Bm25Index(undefined, window);
    for (let d = 0; d < 4000; d++) index.add(`d${d}`, Array.from({ length: 5 + Math.floor(r() * 60) }, () => word(r)));
    // Removed and re-added documents move to new slots and leave tombstones behind.
    for (let d = 0; d < 4000; d += 7) index.remove(`d${d}`);
    for (let d = 0; d < 4000; d += 21) index.add(`d${d}`, Array.from({ length: 20 }, () => word(r)));
    let sameSlot = 0;
    for (let q = 0; q < 300; q++) {
      const terms = Array.from({ length: 1 + Math.floor(r() * 14) }, () => word(r));
      const k = [1, 5, 21, 50][q % 4];
      const accept = q % 3 === 0 ? (slot: number) => slot % 2 === 0 : undefined;
      const weights = q % 5 === 0 ? new Map([[terms[0], 0.5]]) : undefined;
      const fast = index.search(terms, k, accept, weights);
      const full = index.searchExhaustive(terms, k, accept, weights);
      assert.equal(fast.length, full.length, `query ${q}`);
      for (let i = 0; i < full.length; i++) {
        assert.ok(Math.abs(fast[i].score - full[i].score) < 1e-9, `query ${q} rank ${i}: ${fast[i].score} vs ${full[i].score}`);
        // Equal scores may differ in the last bit between the two summation orders; ranks differ only then.
        if (fast[i].slot !== full[i].slot) assert.ok(Math.abs(fast[i].score - full[i].score) < 1e-9);
        else sameSlot++;
      }
    }
    assert.ok(sameSlot > 1000);
  });
}

test('a query of unknown words, or k = 0, finds nothing', () => {
  const index = new Bm25Index();
  index.add('a', ['chest', 'pain']);
  assert.deepEqual(index.search(['headache'], 5), []);
  assert.deepEqual(index.search(['chest'], 0), []);
  assert.deepEqual(
    index.search(['chest'], 5).map((h) => index.idOf(h.slot)),
    ['a'],
  );
});

test('coverage is the idf-weighted share of the topic terms a document holds, directly or through an alternate', () => {
  const r = rng(7);
  const index = new Bm25Index();
  const docs = new Map<string, Set<string>>();
  // Over 16,384 distinct terms, so term ids collide in coverage's bit filter as they do in a large archive.
  for (let d = 0; d < 3000; d++) {
    const terms = Array.from({ length: 3 + Math.floor(r() * 40) }, () => `t${Math.floor(r() * r() * 40_000)}`);
    index.add(`d${d}`, terms);
    docs.set(`d${d}`, new Set(terms));
  }
  let nonZero = 0;
  for (let q = 0; q < 200; q++) {
    const ids = Array.from({ length: 50 }, () => `d${Math.floor(r() * 3000)}`);
    // Some topic terms from the candidates themselves, some from anywhere, some never indexed.
    const fromDocs = Array.from({ length: 1 + Math.floor(r() * 5) }, () => {
      const terms = [...docs.get(ids[Math.floor(r() * ids.length)])!];
      return terms[Math.floor(r() * terms.length)];
    });
    const topic = [...new Set([...fromDocs, `t${Math.floor(r() * r() * 40_000)}`, 'never-indexed'])];
    const alternates = new Map(topic.filter(() => r() < 0.3).map((t) => [t, [`t${Math.floor(r() * 2000)}`]]));
    const got = index.coverage(topic, alternates, ids.map((id) => index.slotOf(id)!));
    const weights = topic.map((t) => index.idf(t));
    const total = weights.reduce((a, b) => a + b, 0);
    ids.forEach((id, i) => {
      const has = docs.get(id)!;
      const held = topic.reduce((sum, t, j) => sum + ([t, ...(alternates.get(t) ?? [])].some((x) => has.has(x)) ? weights[j] : 0), 0);
      const want = total ? held / total : 0;
      if (want > 0) nonZero++;
      assert.ok(Math.abs(got[i] - want) < 1e-12, `query ${q}, ${id}: ${got[i]} vs ${want}`);
    });
  }
  assert.ok(nonZero > 300, `only ${nonZero} documents covered anything`);
});

test('after trimStorage and a compaction, scores and coverage equal those of an index built from the surviving documents alone', () => {
  const r = rng(7);
  const docs = Array.from({ length: 8000 }, (_, d) => ({ id: `d${d}`, terms: Array.from({ length: 40 + Math.floor(r() * 60) }, (_, j) => (j % 2 ? word(r) : `u${Math.floor(r() * 5000)}`)) }));
  const index = new Bm25Index();
  for (const d of docs) index.add(d.id, d.terms);
  index.trimStorage();
  // Removing four in five leaves more dead postings than live ones (over 100,000): the index compacts.
  const kept = docs.filter((_, i) => i % 5 === 0);
  for (const [i, d] of docs.entries()) if (i % 5 !== 0) index.remove(d.id);
  for (const d of kept.slice(0, 50)) index.add(`${d.id}x`, d.terms.slice(3));
  index.trimStorage();
  const fresh = new Bm25Index();
  for (const d of kept) fresh.add(d.id, d.terms);
  for (const d of kept.slice(0, 50)) fresh.add(`${d.id}x`, d.terms.slice(3));
  assert.equal(index.size, fresh.size);
  assert.ok(index.slotOf('d7995')! < 7995, 'the index compacted');
  // Slots differ (removals after the compaction leave tombstones): compare by id.
  const named = (ix: Bm25Index, hits: { slot: number; score: number }[]) => hits.map((h) => ({ id: ix.idOf(h.slot), score: h.score }));
  let found = 0;
  let same = 0;
  for (let q = 0; q < 200; q++) {
    const terms = Array.from({ length: 1 + Math.floor(r() * 10) }, () => word(r));
    const hits = named(index, index.search(terms, 21));
    const want = named(fresh, fresh.search(terms, 21));
    // The windows of slots fall differently, so sums may differ in the last bit (and near-ties swap).
    assert.equal(hits.length, want.length, `query ${q}`);
    for (let i = 0; i < want.length; i++) {
      assert.ok(Math.abs(hits[i].score - want[i].score) < 1e-9, `query ${q} rank ${i}`);
      if (hits[i].id === want[i].id) same++;
    }
    const covered = (ix: Bm25Index) => ix.coverage(terms, new Map(), hits.map((h) => ix.slotOf(h.id)!));
    assert.deepEqual(covered(index), covered(fresh), `coverage ${q}`);
    found += hits.length;
  }
  assert.ok(found > 2000 && same > found * 0.95, `${same} of ${found} ranks the same document`);
  // Removing every document keeps df right: nothing is found afterwards.
  for (const d of kept) index.remove(d.id);
  for (const d of kept.slice(0, 50)) index.remove(`${d.id}x`);
  assert.equal(index.size, 0);
  assert.equal(index.docFreq(word(rng(7))), 0);
});
