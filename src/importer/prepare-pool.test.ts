import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createThreadPreparer, type RawThread } from './prepare-pool.js';
import { qaRecordSchema } from './qa-record.js';

const threads: RawThread[] = [
  { id: 'a', title: 'Chest pain and sweating', question: 'My dad has crushing chest pain and is sweating, call me at 0912-345-678', answers: ['Call 119 now.'] },
  { id: 'b', question: '我最近常常頭痛，晚上睡不好，請問要看哪一科？', answers: [{ text: '建議先看神經內科。', doctor: { name: '王醫師' } }] },
  { id: 'c', question: 'Is it normal to have a mild rash after starting a new soap?' },
].map((r, i) => ({ record: qaRecordSchema.parse(r), department: { id: i + 1 } }));

test('worker threads prepare exactly what the importer would prepare in its own thread, chunk by chunk in order', async () => {
  const inline = createThreadPreparer(0);
  const pooled = createThreadPreparer(2);
  try {
    const now = '2026-11-25T12:00:00.000Z';
    const expected = await inline.prepare(threads, now);
    // De-identified, triaged and tokenised: the work that is moved off the importer's thread.
    assert.ok(!JSON.stringify(expected).includes('0912-345-678'));
    assert.equal((expected[0] as { question: { urgent: number } }).question.urgent, 1);
    const results = await Promise.all([pooled.prepare(threads, now), pooled.prepare(threads.slice(1), now), pooled.prepare(threads.slice(2), now)]);
    assert.deepEqual(results, [expected, expected.slice(1), expected.slice(2)]);
  } finally {
    await pooled.close();
    await inline.close();
  }
});
