import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './helpers/runtime.js';
import { buildQuestion } from './helpers/factories.js';
import { createSimilarityIndex } from '../src/similarity/index.js';
import { questionDocText } from '../src/related/indexes.js';

const QUESTIONS: { title: string; body: string; department: string }[] = [
  { title: 'Eyelid twitching for weeks', body: 'My left eyelid has been twitching on and off for three weeks.', department: 'neurology' },
  { title: 'Headache behind the eyes', body: 'A dull headache behind both eyes every afternoon, worse with screens.', department: 'neurology' },
  { title: 'Twitching thumb muscle', body: 'The muscle at the base of my thumb twitches when I rest my hand.', department: 'neurology' },
  { title: 'Itchy rash on both arms', body: 'A red itchy rash appeared on my arms after gardening.', department: 'dermatology' },
  { title: 'Eye twitching and dry skin', body: 'My eye keeps twitching and the skin around it is dry and flaky.', department: 'dermatology' },
  { title: 'Burning when urinating', body: 'It burns when I pass urine and I need to go often.', department: 'urology' },
];

/** Question ids in the order a search page lists them. */
const listed = (html: string) => [...html.matchAll(/href="\/questions\/(\d+)"/g)].map((m) => m[1]).filter((id, i, all) => all.indexOf(id) === i);

test('search through the HTTP route runs on the worker: the in-thread ranking, the department filter, and 503 without it', async () => {
  const site = await startSite();
  try {
    const ids: string[] = [];
    for (const q of QUESTIONS) ids.push(String((await buildQuestion(site.rt, q)).id));
    // What the in-thread engine ranks for the same documents.
    const local = createSimilarityIndex();
    local.add(QUESTIONS.map((q, i) => ({ id: ids[i], text: questionDocText(q.title, q.body), lang: 'en' as const })));
    const rank = (text: string, department?: string) =>
      local
        .query(text, { k: 21, filter: department ? (id) => QUESTIONS[ids.indexOf(id)].department === department : undefined })
        .map((h) => h.id);

    for (const q of ['twitching', 'eye twitching headache', 'itchy skin rash']) {
      const res = await fetch(`${site.url}/search?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200);
      const want = rank(q);
      assert.ok(want.length >= 2, q);
      assert.deepEqual(listed(await res.text()), want, q);
    }
    const filtered = await (await fetch(`${site.url}/search?q=twitching&department=dermatology`)).text();
    assert.deepEqual(listed(filtered), rank('twitching', 'dermatology'));
    assert.deepEqual(listed(filtered), [ids[4]]);

    // A question moved to another department is found under its new one after the next sync.
    await site.rt.database.db.updateTable('questions').set({ department_id: (await site.rt.database.db.selectFrom('departments').select('id').where('slug', '=', 'dermatology').executeTakeFirstOrThrow()).id, updated_at: new Date(Date.now() + 1000).toISOString() }).where('id', '=', Number(ids[2])).execute();
    await site.rt.related.sync(site.rt.database.db);
    const moved = await (await fetch(`${site.url}/search?q=twitching%20thumb&department=dermatology`)).text();
    assert.ok(listed(moved).includes(ids[2]), 'the moved question is filtered by its new department');

    assert.equal((await fetch(`${site.url}/readyz`)).status, 200);

    // Without its worker, search answers 503 with a plain message (no stack), readiness fails,
    // and the rest of the site keeps working.
    await site.rt.related.close();
    assert.equal(site.rt.related.available, false);
    const down = await fetch(`${site.url}/search?q=twitching`, { headers: { accept: 'text/html' } });
    assert.equal(down.status, 503);
    const body = await down.text();
    assert.match(body, /Search is unavailable right now/);
    assert.doesNotMatch(body, /DomainError|remote-index|\bat .*\.ts:\d+/);
    const ready = await fetch(`${site.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.notEqual((await ready.json()).checks.indexes, 'ok');
    assert.equal((await fetch(`${site.url}/search`)).status, 200, 'the empty search form needs no index');
    assert.equal((await fetch(`${site.url}/questions/${ids[0]}`)).status, 200);
    const look = await fetch(`${site.url}/api/look-alike?text=${encodeURIComponent('my eyelid keeps twitching')}`);
    assert.equal(look.status, 200);
    assert.deepEqual((await look.json()).results, []);
  } finally {
    await site.close();
  }
});
