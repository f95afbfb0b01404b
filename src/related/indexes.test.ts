import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { buildQuestion } from '../../test/helpers/factories.js';
import { openTestRuntime } from '../../test/helpers/runtime.js';

/** Counts the reads that select questions' body, and the ids they ask for. */
function bodyReads() {
  const seen = { reads: 0, ids: [] as number[] };
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const text = JSON.stringify(node);
      if (node.kind === 'SelectQueryNode' && text.includes('"name":"body"')) {
        seen.reads++;
        // The ids of `where id in (…)`: Kysely keeps a list of plain values as one node.
        for (const m of text.matchAll(/"kind":"PrimitiveValueListNode","values":\[([\d,]*)\]/g)) seen.ids.push(...m[1].split(',').filter(Boolean).map(Number));
      }
      return node as RootOperationNode;
    },
    async transformResult({ result }) {
      return result;
    },
  };
  return { seen, plugin };
}

test('index sync: bodies are read only for rows it has not seen; a touch without a text change is not re-indexed; an edit is', async () => {
  const { rt, close } = await openTestRuntime();
  try {
    const a = await buildQuestion(rt, { title: 'Eyelid twitching', body: 'My eyelid has been twitching for two weeks.' });
    const b = await buildQuestion(rt, { title: 'Itchy rash', body: 'An itchy rash on both arms after gardening.' });
    const { seen, plugin } = bodyReads();
    const db = rt.database.db.withPlugin(plugin);
    const sent: string[] = [];
    const add = rt.related.questions.add.bind(rt.related.questions);
    rt.related.questions.add = (docs) => {
      sent.push(...docs.map((d) => d.id));
      add(docs);
    };

    await rt.related.sync(db);
    assert.deepEqual(sent.sort(), [String(a.id), String(b.id)].sort());
    assert.ok(seen.ids.includes(a.id) && seen.ids.includes(b.id));

    // Both rows are inside the overlap window the next sync reads again: no body this time.
    seen.reads = 0;
    seen.ids = [];
    sent.length = 0;
    const again = await rt.related.sync(db);
    assert.deepEqual(again.changedQuestions, []);
    assert.equal(seen.reads, 0, 'no body read for rows already seen');

    // Touched (Similar Q&A stored, an answer): its body is read once, the text is the same, nothing is re-sent.
    const later = (ms: number) => new Date(Date.now() + ms).toISOString();
    await rt.database.db.updateTable('questions').set({ updated_at: later(1000) }).where('id', '=', a.id).execute();
    const touched = await rt.related.sync(db);
    assert.deepEqual(touched.changedQuestions, [a.id]);
    assert.deepEqual(seen.ids, [a.id]);
    assert.deepEqual(sent, []);

    // Edited: re-indexed, and search finds the new words.
    await rt.database.db.updateTable('questions').set({ body: 'My eyelid twitches and my ankle is swollen.', updated_at: later(2000) }).where('id', '=', a.id).execute();
    await rt.related.sync(db);
    assert.deepEqual(sent, [String(a.id)]);
    assert.deepEqual((await rt.related.questions.query('swollen ankle', { k: 5 })).map((h) => h.id), [String(a.id)]);

    // Hidden: removed from the index without its body being read.
    seen.ids = [];
    await rt.database.db.updateTable('questions').set({ status: 'hidden', updated_at: later(3000) }).where('id', '=', b.id).execute();
    const hidden = await rt.related.sync(db);
    assert.deepEqual(hidden.changedQuestions, [b.id]);
    assert.deepEqual(seen.ids, []);
    assert.deepEqual(await rt.related.questions.query('itchy rash', { k: 5 }), []);
  } finally {
    await close();
  }
});
