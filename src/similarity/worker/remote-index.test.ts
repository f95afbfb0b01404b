import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSimilarityIndex } from '../engine.js';
import { readJsonl, sharedDataPresent, type SeedThread } from '../../enrichment/providers/testing/sharedData.js';
import { createRemoteIndex, IndexUnavailableError } from './remote-index.js';

const FILES = ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl'];
const GROUPS = 7;

/** A worker entry written for one test: `body` runs in the worker. */
function workerEntry(body: string): { url: URL; drop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'oc-remote-index-'));
  const file = join(dir, 'entry.mjs');
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return { url: pathToFileURL(file), drop: () => rmSync(dir, { recursive: true, force: true }) };
}

const isUnavailable = (err: unknown) => err instanceof IndexUnavailableError;

test('the worker index ranks and scores exactly as the in-thread index on shared-data threads (groups, exclude, removals)', { skip: !sharedDataPresent(...FILES) }, async () => {
  const en = readJsonl<SeedThread>(FILES[0]);
  const zh = readJsonl<SeedThread>(FILES[1]);
  // Indexed: every other thread (2,000 English, 700 Chinese); queries: titles and openings of threads not indexed.
  const indexed = [...en.filter((_, i) => i % 2 === 0).slice(0, 2000), ...zh.filter((_, i) => i % 2 === 0).slice(0, 700)];
  const docs = indexed.map((t, i) => ({ id: String(i), text: t.title ? `${t.title}\n${t.question}` : t.question, lang: t.lang, group: i % GROUPS }));
  const queryThreads = [...en.filter((_, i) => i % 2 === 1).slice(0, 80), ...zh.filter((_, i) => i % 2 === 1).slice(0, 40)];
  const queries = queryThreads.map((t, i) => (i % 2 ? t.title ?? t.question.slice(0, 60) : t.question.slice(0, 120)));

  const local = createSimilarityIndex();
  local.add(docs);
  const remote = createRemoteIndex();
  try {
    for (let i = 0; i < docs.length; i += 500) remote.add(docs.slice(i, i + 500));
    assert.equal(await remote.flush(), local.size);
    const compare = async (label: string) => {
      let nonEmpty = 0;
      for (const [i, q] of queries.entries()) {
        const group = i % 3 === 0 ? i % GROUPS : undefined;
        const exclude = i % 4 === 0 ? new Set([String(i), String(i * 7)]) : undefined;
        const k = i % 5 === 0 ? 400 : 21;
        const want = local.query(q, { k, exclude, filter: group === undefined ? undefined : (id) => Number(id) % GROUPS === group });
        const got = await remote.query(q, { k, exclude, group });
        assert.deepEqual(got, want, `${label}: query ${i} ${JSON.stringify(q)}`);
        if (want.length) nonEmpty++;
      }
      // The comparison is not between two empty lists.
      assert.ok(nonEmpty > queries.length * 0.9, `${label}: ${nonEmpty} of ${queries.length} queries had hits`);
    };
    await compare('after the build');
    // Removing and replacing docs changes the corpus statistics; both must follow alike.
    for (let id = 0; id < docs.length; id += 9) {
      local.remove(String(id));
      remote.remove(String(id));
    }
    const replaced = docs.filter((_, i) => i % 13 === 1).map((d) => ({ ...d, text: `${d.text} headache` }));
    local.add(replaced);
    remote.add(replaced);
    assert.equal(await remote.flush(), local.size);
    await compare('after removals and replacements');
  } finally {
    await remote.close();
  }
});

test('a worker that dies rejects the calls waiting on it and every later one with code unavailable', async () => {
  // The worker applies the first message (an add) and exits on the second (a query) without replying.
  const entry = workerEntry(`let n = 0;\nparentPort.on('message', (m) => { if (++n === 2) process.exit(3); parentPort.postMessage({ id: m.id, ok: true }); });`);
  const remote = createRemoteIndex({ entry: entry.url });
  try {
    remote.add([{ id: '1', text: 'back pain after lifting' }]);
    assert.equal(remote.available, true);
    await assert.rejects(remote.query('back pain'), isUnavailable);
    assert.equal(remote.available, false);
    await assert.rejects(remote.query('back pain'), isUnavailable);
    await assert.rejects(remote.flush(), isUnavailable);
    // Writes after its death are dropped, not thrown.
    remote.add([{ id: '2', text: 'knee pain' }]);
    remote.remove('1');
  } finally {
    await remote.close();
    entry.drop();
  }
});

test('a worker that cannot start leaves the index unavailable', async () => {
  const entry = workerEntry(`throw new Error('cannot load the index');`);
  const remote = createRemoteIndex({ entry: entry.url });
  try {
    await assert.rejects(remote.query('back pain'), isUnavailable);
    assert.equal(remote.available, false);
  } finally {
    await remote.close();
    entry.drop();
  }
});

test('a write the worker fails on is reported by the next flush, and only once', async () => {
  const entry = workerEntry(`parentPort.on('message', (m) => parentPort.postMessage(m.op === 'add' ? { id: m.id, ok: false, error: 'bad doc' } : { id: m.id, ok: true, size: 0 }));`);
  const remote = createRemoteIndex({ entry: entry.url });
  try {
    remote.add([{ id: '1', text: 'x' }]);
    await assert.rejects(remote.flush(), /bad doc/);
    assert.equal(await remote.flush(), 0);
    assert.equal(remote.available, true);
  } finally {
    await remote.close();
    entry.drop();
  }
});

test('close() rejects a query still waiting, ends the worker and makes later calls unavailable', async () => {
  // A worker that never answers queries, so one is still waiting when the index is closed.
  const entry = workerEntry(`parentPort.on('message', (m) => { if (m.op !== 'query') parentPort.postMessage({ id: m.id, ok: true, size: 0 }); });`);
  const remote = createRemoteIndex({ entry: entry.url });
  try {
    assert.equal(await remote.flush(), 0);
    const waiting = assert.rejects(remote.query('chest pain'), isUnavailable);
    await remote.close();
    await waiting;
    assert.equal(remote.available, false);
    await assert.rejects(remote.query('chest pain'), isUnavailable);
    await remote.close(); // twice is harmless
  } finally {
    entry.drop();
  }
});

test('the real worker answers after close() with unavailable, and an empty query with no hits', async () => {
  const remote = createRemoteIndex();
  remote.add([{ id: '1', text: 'Persistent dry cough at night', group: 2 }]);
  assert.deepEqual(await remote.query(''), []);
  assert.equal((await remote.query('dry cough', { group: 2 }))[0]?.id, '1');
  assert.deepEqual(await remote.query('dry cough', { group: 3 }), []);
  await remote.close();
  await assert.rejects(remote.query('dry cough'), isUnavailable);
});

test('the query cache: a repeated query skips the worker until the index changes; a reply older than a change is not kept', async () => {
  // A worker whose n-th query answers hit id "n": which reply a caller got tells whether the worker was asked.
  const entry = workerEntry(`let n = 0;\nparentPort.on('message', (m) => parentPort.postMessage(m.op === 'query' ? { id: m.id, ok: true, hits: [{ id: String(++n), score: 1 }] } : { id: m.id, ok: true, size: 0 }));`);
  const remote = createRemoteIndex({ entry: entry.url, cachedQueries: 2 });
  const ids = async (text: string, opts = {}) => (await remote.query(text, opts)).map((h) => h.id);
  try {
    assert.deepEqual(await ids('back pain'), ['1']);
    assert.deepEqual(await ids('back pain'), ['1'], 'asked again: from the cache');
    assert.deepEqual(await ids('back pain', { k: 40 }), ['2'], 'another k is another query');
    assert.deepEqual(await ids('back pain', { group: 3 }), ['3'], 'another department filter too');
    assert.deepEqual(await ids('back pain', { exclude: ['9'] }), ['4'], 'queries with exclusions are not kept');
    assert.deepEqual(await ids('back pain', { exclude: ['9'] }), ['5']);
    // Two kept at most: the first one asked has gone.
    assert.deepEqual(await ids('back pain'), ['6']);

    remote.add([{ id: '10', text: 'lower back pain' }]);
    assert.deepEqual(await ids('back pain'), ['7'], 'an add empties the cache');
    remote.remove('10');
    assert.deepEqual(await ids('back pain'), ['8'], 'so does a remove');
    remote.add([]);
    assert.deepEqual(await ids('back pain'), ['8'], 'an empty add changes nothing');

    // Sent before an add, answered after it: the reply is given but not kept.
    const before = ids('knee pain');
    remote.add([{ id: '11', text: 'knee pain' }]);
    assert.deepEqual(await before, ['9']);
    assert.deepEqual(await ids('knee pain'), ['10']);
    assert.deepEqual(await ids('knee pain'), ['10']);

    // Cached hits cannot be changed by one caller for the next.
    const hits = await remote.query('knee pain');
    assert.throws(() => {
      (hits[0] as { score: number }).score = 0;
    });
  } finally {
    await remote.close();
    entry.drop();
  }
});

test('without cachedQueries every query goes to the worker', async () => {
  const entry = workerEntry(`let n = 0;\nparentPort.on('message', (m) => parentPort.postMessage(m.op === 'query' ? { id: m.id, ok: true, hits: [{ id: String(++n), score: 1 }] } : { id: m.id, ok: true, size: 0 }));`);
  const remote = createRemoteIndex({ entry: entry.url });
  try {
    assert.equal((await remote.query('back pain'))[0].id, '1');
    assert.equal((await remote.query('back pain'))[0].id, '2');
  } finally {
    await remote.close();
    entry.drop();
  }
});
