import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildDoctor, buildQuestion, PASSWORD } from './helpers/factories.js';
import { enqueueEnrichmentForAllPublished } from '../src/enrichment/jobs.js';
import { searchText } from '../src/questions/text.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

// Written for this test: enough grounded text for a More Info of 150+ words.
const GERD_ANSWER = [
  'Gastroesophageal reflux disease (GERD) happens when stomach acid flows back up into the esophagus, the tube that carries food from the mouth to the stomach. Many people have reflux now and then; when it happens often, it is called GERD.',
  'Heartburn is the most common symptom. It is a burning feeling in the chest that often starts after eating and gets worse when lying down or bending over. Some people notice a sour or bitter taste in the mouth, a cough, or a hoarse voice in the morning.',
  'Causes include a weak valve between the esophagus and the stomach, being overweight, pregnancy, smoking, and large or late meals. Fatty foods, chocolate, coffee and alcohol can make symptoms worse for some people.',
  'Lifestyle changes often help. Eating smaller meals, not eating within three hours of bedtime, raising the head of the bed, stopping smoking and losing extra weight can reduce heartburn.',
  'See a doctor if heartburn happens more than twice a week, if symptoms continue despite lifestyle changes, or if you have trouble swallowing, vomiting, black stools, or weight loss you cannot explain.',
].join('\n\n');

async function addFaq(question: string, focus: string, answer: string) {
  const now = new Date().toISOString();
  return site.rt.database.db
    .insertInto('faqs')
    .values({ external_id: `t|${question}`, source: 'Test FAQ', focus, qtype: 'information', question, answer, url: null, lang: 'en', license: null, search_text: searchText(question, focus), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

test('Related FAQ does not depend on import order: FAQ added after the questions still reaches them', async () => {
  const doc = await buildDoctor(site.rt, { department: 'gastroenterology' });
  const q = await buildQuestion(site.rt, {
    department: 'gastroenterology',
    doctorId: doc.doctor.id,
    title: 'Burning in my chest after dinner',
    body: 'Every night after dinner I get heartburn and a sour taste, worse when I lie down. Is this acid reflux?',
    answer: 'This pattern fits acid reflux (GERD). Avoid late meals, raise the head of the bed, and see a doctor if you have trouble swallowing or weight loss.',
  });
  await site.rt.worker.drain();
  const before = await api(site.url, 'GET', `/api/questions/${q.id}`);
  assert.equal(before.json.faqs.length, 0);
  const faq = await addFaq(
    'What is gastroesophageal reflux disease (GERD)?',
    'GERD',
    GERD_ANSWER,
  );
  // What `faq import` does after storing entries:
  await enqueueEnrichmentForAllPublished(site.rt.database.db);
  await site.rt.worker.drain();
  const afterRes = await api(site.url, 'GET', `/api/questions/${q.id}`);
  assert.equal(afterRes.json.faqs[0]?.id, faq.id);
  assert.equal(afterRes.json.faqs[0]?.url, `/faq/${faq.id}`);
  // More Info is generated from the sources, cites them, and the headline is set.
  assert.ok(afterRes.json.headline, 'a headline was generated');
  assert.ok(afterRes.json.moreInfo, 'More Info was generated');
  const cited = [...afterRes.json.moreInfo.text.matchAll(/\[(\d+)\]/g)].map((m: RegExpMatchArray) => Number(m[1]));
  assert.ok(cited.length >= 2, 'cites its sources');
  const ns = new Set(afterRes.json.moreInfo.sources.map((s: { n: number }) => s.n));
  for (const n of cited) assert.ok(ns.has(n), `citation [${n}] resolves`);
  const page = await new Client(site.url).get(`/questions/${q.id}`);
  assert.match(page.text_, /data-section="more-info"/);
  assert.match(page.text_, /Generated from cited sources — not a diagnosis/);
});

test('Similar Q&A lists other published questions, never itself, never hidden or pending ones, never a duplicate text', async () => {
  const doc = await buildDoctor(site.rt, { department: 'ophthalmology' });
  const mk = (title: string, body: string, o: object = {}) => buildQuestion(site.rt, { department: 'ophthalmology', doctorId: doc.doctor.id, title, body, ...o });
  const main = await mk('My eyelid keeps twitching', 'My left eyelid has been twitching for a week, especially when I am tired and drink coffee.');
  const para = await mk('Twitching upper eyelid for days', 'The upper lid of my left eye twitches on and off for several days; I sleep badly and drink a lot of coffee.');
  const dup1 = await mk('Eye twitch', 'My right eyelid twitches when I am stressed and tired, it has lasted ten days.');
  await mk('Eye twitch', 'My right eyelid twitches when I am stressed and tired, it has lasted ten days.');
  const hidden = await mk('Eyelid twitching all week', 'My eyelid has been twitching all week whenever I am tired.', { status: 'hidden' });
  const pending = await mk('Eyelid twitching again', 'My eyelid keeps twitching whenever I am tired after drinking coffee.', { answer: null });
  await enqueueEnrichmentForAllPublished(site.rt.database.db);
  await site.rt.worker.drain();
  const r = await api(site.url, 'GET', `/api/questions/${main.id}`);
  const ids = r.json.similar.map((s: { id: number }) => s.id);
  assert.ok(ids.includes(para.id), 'the paraphrase is found');
  assert.ok(!ids.includes(main.id), 'never itself');
  assert.ok(!ids.includes(hidden.id), 'never hidden');
  assert.ok(!ids.includes(pending.id), 'never pending');
  const dupCount = ids.filter((id: number) => id === dup1.id || id === dup1.id + 1).length;
  assert.ok(dupCount <= 1, 'never two copies of the same text');
  // Hiding a question after lists were stored removes it at once.
  await site.rt.database.db.updateTable('questions').set({ status: 'hidden' }).where('id', '=', para.id).execute();
  const again = await api(site.url, 'GET', `/api/questions/${main.id}`);
  assert.ok(!again.json.similar.some((s: { id: number }) => s.id === para.id));
});

test('a doctor of the department reviews, edits and hides More Info; edits survive regeneration', async () => {
  const doc = await buildDoctor(site.rt, { department: 'gastroenterology' });
  const other = await buildDoctor(site.rt, { department: 'dermatology' });
  const q = await buildQuestion(site.rt, {
    department: 'gastroenterology',
    doctorId: doc.doctor.id,
    title: 'Heartburn at night when lying down',
    body: 'I get heartburn at night when I lie down after a late dinner. What can I do about acid reflux?',
    answer: 'Late meals make reflux worse. Eat earlier, raise the head of your bed, and see a doctor if it persists for weeks.',
  });
  await enqueueEnrichmentForAllPublished(site.rt.database.db);
  await site.rt.worker.drain();
  const c = new Client(site.url);
  await c.signIn(other.user.email, PASSWORD);
  assert.equal((await c.get(`/doctor/questions/${q.id}/more-info`)).status, 403);

  const d = new Client(site.url);
  await d.signIn(doc.user.email, PASSWORD);
  const form = await d.get(`/doctor/questions/${q.id}/more-info`);
  assert.equal(form.status, 200);
  const approve = await d.postForm(`/doctor/questions/${q.id}/more-info`, { action: 'approve' }, { csrfFrom: `/doctor/questions/${q.id}/more-info` });
  assert.equal(approve.status, 303);
  const page = await new Client(site.url).get(`/questions/${q.id}`);
  assert.match(page.text_, /"lastReviewed"/);
  assert.match(page.text_, /"@type":"MedicalWebPage"/);

  const mi = (await api(site.url, 'GET', `/api/questions/${q.id}`)).json.moreInfo;
  const edited = `${mi.text}\n\nA doctor added this closing note for readers of this page [1].`;
  const save = await d.postForm(`/doctor/questions/${q.id}/more-info`, { action: 'save', headline: 'Night-Time Heartburn: What Helps', text: edited }, { csrfFrom: `/doctor/questions/${q.id}/more-info` });
  assert.equal(save.status, 303, save.text_.slice(0, 500));
  const bad = await d.postForm(`/doctor/questions/${q.id}/more-info`, { action: 'save', headline: 'Night-Time Heartburn', text: `${edited} Invented [42].` }, { csrfFrom: `/doctor/questions/${q.id}/more-info` });
  assert.equal(bad.status, 400, 'a citation to no source is refused');

  await enqueueEnrichmentForAllPublished(site.rt.database.db);
  await site.rt.worker.drain();
  const afterRegen = (await api(site.url, 'GET', `/api/questions/${q.id}`)).json;
  assert.equal(afterRegen.headline, 'Night-Time Heartburn: What Helps');
  assert.ok(afterRegen.moreInfo.text.includes('A doctor added this closing note'));

  const hide = await d.postForm(`/doctor/questions/${q.id}/more-info`, { action: 'hide' }, { csrfFrom: `/doctor/questions/${q.id}/more-info` });
  assert.equal(hide.status, 303);
  assert.equal((await api(site.url, 'GET', `/api/questions/${q.id}`)).json.moreInfo, null);
  assert.doesNotMatch((await new Client(site.url).get(`/questions/${q.id}`)).text_, /data-section="more-info"/);
});

test('a page the asker names by another of its names reaches the provider as named by the asker', async () => {
  const doc = await buildDoctor(site.rt, { department: 'ophthalmology' });
  // Written for this test; "Pinkeye" is a MedQuAD topic whose other name is conjunctivitis.
  const pinkeye = await addFaq('What is pinkeye?', 'Pinkeye', 'Conjunctivitis is the medical name for pink eye. It causes redness, itching and discharge.');
  const violence = await addFaq('What is domestic violence?', 'Domestic Violence', 'Domestic violence is a type of abuse by a partner or family member.');
  const ask = (title: string) => buildQuestion(site.rt, { department: 'ophthalmology', doctorId: doc.doctor.id, title, body: title, answer: 'Keep the area clean and see an eye doctor if it gets worse.' });
  const conjunctivitis = await ask('Suffering really bad conjunctivitis in both eyes');
  const battery = await ask('Battery acid splashed near my eyes, is it harmful');
  await site.rt.related.sync(site.rt.database.db);
  const { gatherEnrichment } = await import('../src/enrichment/pipeline.js');
  const passages = async (id: number) => (await gatherEnrichment(site.rt, id))!.input.passages;
  const bridged = (await passages(conjunctivitis.id)).find((p) => p.url === `/faq/${pinkeye.id}`);
  assert.equal(bridged?.namedBy, 'conjunctivitis');
  // "battery" is another name of Domestic Violence in the concept table, but the page never says it.
  assert.ok(!(await passages(battery.id)).some((p) => p.url === `/faq/${violence.id}` && p.namedBy));
});

test('a reviewed lay name reaches the provider through the real pipeline as named by the asker', async () => {
  const doc = await buildDoctor(site.rt, { department: 'gastroenterology' });
  // Written for this test; the topics are MedQuAD's, the texts short stand-ins. "Vesicoureteral reflux" is
  // urine flowing back to the kidneys, not acid reflux.
  const gerd = await addFaq('What is GERD?', 'GERD', 'Gastroesophageal reflux disease happens when stomach contents leak back, or reflux, into the esophagus.');
  const heartburn = await addFaq('What is heartburn?', 'Heartburn', 'Heartburn is a painful burning feeling in your chest when stomach acid backs up.');
  const ask = (title: string) => buildQuestion(site.rt, { department: 'gastroenterology', doctorId: doc.doctor.id, title, body: title, answer: 'Rest and see your doctor if it gets worse.' });
  const reflux = await ask('I have had really bad reflux and cannot sleep');
  const urinary = await ask('My son has vesicoureteral reflux, what does it mean');
  await site.rt.related.sync(site.rt.database.db);
  const { gatherEnrichment } = await import('../src/enrichment/pipeline.js');
  const passages = async (id: number) => (await gatherEnrichment(site.rt, id))!.input.passages;
  const forReflux = await passages(reflux.id);
  for (const page of [gerd, heartburn]) assert.equal(forReflux.find((p) => p.url === `/faq/${page.id}`)?.namedBy, 'reflux');
  assert.ok(!(await passages(urinary.id)).some((p) => p.namedBy && (p.url === `/faq/${gerd.id}` || p.url === `/faq/${heartburn.id}`)));
});

test('a one-entry page on one virus brings its reviewed parent page to the provider', async () => {
  const doc = await buildDoctor(site.rt, { department: 'pediatrics' });
  // Written for this test; the topics are MedQuAD's ("Measles" → "Viral Infections" in parentTopics.ts),
  // the texts short stand-ins. "Measles" has no broader page by name, so only the reviewed link brings it.
  const measles = await addFaq('What is measles?', 'Measles', 'Measles is an infectious disease caused by a virus. It causes a blotchy red rash.');
  // Sharing no word with the thread, so that only the link can bring it.
  const viral = await addFaq('Viral infections', 'Viral Infections', 'Antibiotics cannot cure viral illnesses. Vaccines prevent many viral diseases.');
  const ask = (title: string) => buildQuestion(site.rt, { department: 'pediatrics', doctorId: doc.doctor.id, title, body: title, answer: 'Keep her home, give fluids and see her doctor if the fever stays high.' });
  const child = await ask('My children have got measles, what should I do');
  await site.rt.related.sync(site.rt.database.db);
  const { gatherEnrichment } = await import('../src/enrichment/pipeline.js');
  const urls = (await gatherEnrichment(site.rt, child.id))!.input.passages.map((p) => p.url);
  assert.ok(urls.includes(`/faq/${measles.id}`));
  assert.ok(urls.includes(`/faq/${viral.id}`), 'the reviewed parent of a one-entry page is gathered');
});

test("a similar question's answers reach the provider with how alike the questions are and that question's title", async () => {
  const doc = await buildDoctor(site.rt, { department: 'dermatology' });
  const ask = (title: string, body: string) => buildQuestion(site.rt, { department: 'dermatology', doctorId: doc.doctor.id, title, body, answer: 'Keep the skin moisturised and avoid hot showers.' });
  const main = await ask('Itchy dry patches on my elbows every winter', 'Every winter I get itchy dry patches on both elbows that crack.');
  const alike = await ask('Dry itchy patches on elbows in winter', 'In winter my elbows get dry itchy patches that sometimes crack and bleed.');
  await site.rt.related.sync(site.rt.database.db);
  const { gatherEnrichment } = await import('../src/enrichment/pipeline.js');
  const gathered = (await gatherEnrichment(site.rt, main.id))!;
  const passage = gathered.input.passages.find((p) => p.kind === 'similar-answer' && p.url === `/questions/${alike.id}`);
  assert.ok(passage, 'the similar question is passed');
  assert.equal(passage.question, 'Dry itchy patches on elbows in winter');
  const stored = gathered.similar.find((s) => s.id === alike.id)!;
  assert.equal(passage.similarity, stored.score);
  assert.ok(passage.similarity! > 0 && passage.similarity! <= 1);
});
