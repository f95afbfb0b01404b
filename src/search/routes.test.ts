import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../app.js';
import { openTestRuntime } from '../../test/helpers/runtime.js';
import { buildQuestion } from '../../test/helpers/factories.js';

async function site() {
  const t = await openTestRuntime();
  const app = await createApp(t.rt);
  const get = async (url: string) => (await app.inject({ method: 'GET', url })).body;
  return {
    ...t,
    get,
    async close() {
      await app.close();
      await t.close();
    },
  };
}

test('search finds answered questions, marks the query words and names each one’s department', async () => {
  const s = await site();
  try {
    await buildQuestion(s.rt, { title: 'Eyelid twitching for weeks', department: 'neurology' });
    await buildQuestion(s.rt, { title: 'Itchy rash on both arms', body: 'A red itchy rash appeared on my arms after gardening.', department: 'dermatology' });
    const page = await s.get('/search?q=twitching%20eyelid');
    assert.match(page, /<mark>Eyelid<\/mark> <mark>twitching<\/mark>/);
    assert.match(page, /href="\/departments\/neurology">Neurology<\/a>/);
    assert.doesNotMatch(page, /Itchy rash/);
    const filtered = await s.get('/search?q=twitching&department=dermatology');
    assert.match(filtered, /No answered questions match your search/);
  } finally {
    await s.close();
  }
});

test('a renamed department shows under its new name on the next search (the cached list is dropped)', async () => {
  const s = await site();
  try {
    await buildQuestion(s.rt, { title: 'Eyelid twitching for weeks', department: 'neurology' });
    assert.match(await s.get('/search?q=twitching'), />Neurology<\/a>/);
    await s.rt.database.db.updateTable('departments').set({ name_en: 'Nerves and Brain' }).where('slug', '=', 'neurology').execute();
    const page = await s.get('/search?q=twitching');
    assert.match(page, /href="\/departments\/neurology">Nerves and Brain<\/a>/);
    assert.match(page, /<option value="neurology">Nerves and Brain<\/option>/);
    await s.rt.database.db.insertInto('departments').values({ slug: 'sleep-medicine', name_en: 'Sleep medicine', name_zh: '睡眠医学', description: '', sort_order: 999, created_at: new Date().toISOString() }).execute();
    assert.match(await s.get('/search'), /<option value="sleep-medicine">Sleep medicine<\/option>/);
  } finally {
    await s.close();
  }
});
