import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deidentify } from '../safety/index.js';
import { deriveTitle } from '../questions/text.js';
import { deidentifyTitleAndBody, prepareThread } from './prepare-thread.js';
import { qaRecordSchema } from './qa-record.js';

const now = '2026-12-04T12:00:00.000Z';
const prepared = (r: object) => prepareThread(qaRecordSchema.parse({ id: 'x', ...r }), { id: 1 }, now).question;

test('a title that is the whole question is stored byte for byte as de-identifying it on its own gives', () => {
  const cases = [
    // The title repeats the question (how the English seed archives come).
    { title: 'My name is Vincent Lee, call me on 0912-345-678 about my rash?', question: 'My name is Vincent Lee, call me on 0912-345-678 about my rash?', lang: 'en' },
    // No title, and deriveTitle keeps the whole one-sentence question.
    { question: '我叫王小明，今年95歲，最近頭痛。', lang: 'zh-Hant' },
    // A title the body only begins with: the same words lose a name as a title that they keep inside the body.
    { title: 'Rash getting worse. thanks, tina', question: 'Rash getting worse. thanks, tina It started on my arm and now it is on my chest and back, very itchy at night and I cannot sleep at all, and the cream from the pharmacy has not helped in the last two weeks either.', lang: 'en' },
    { title: 'Headache', question: 'Headache since Monday, e-mail me at jo.lee@example.com', lang: 'en' },
  ] as const;
  for (const c of cases) {
    const q = prepared(c);
    const titleText = ('title' in c ? c.title : undefined) ?? deriveTitle(c.question);
    assert.equal(q.title, deidentify(titleText, c.lang).text);
    assert.equal(q.body, deidentify(c.question, c.lang).text);
  }
  assert.equal(prepared(cases[0]).title, 'My name is [name removed], call me on [phone removed] about my rash?');
  assert.equal(prepared(cases[2]).title, 'Rash getting worse. thanks, [name removed]');
  assert.ok(prepared(cases[2]).body.startsWith('Rash getting worse. thanks, tina It started'));
});

test('the title reuses the body only when it is the same text: one de-identification instead of two', () => {
  let calls = 0;
  const counting: typeof deidentify = (text, lang) => (calls++, deidentify(text, lang));
  const body = 'Dr. Okafor said my mother Eileen, 93, needs a scan.';
  calls = 0;
  assert.deepEqual(deidentifyTitleAndBody(body, body, 'en', counting), { title: deidentify(body, 'en').text, body: deidentify(body, 'en').text });
  assert.equal(calls, 1);
  calls = 0;
  deidentifyTitleAndBody(body.slice(0, 20), body, 'en', counting);
  assert.equal(calls, 2);
});

test('whatever the title and body, the stored pair is what de-identifying each alone gives', () => {
  const pieces = ['my name is Jo', ' thanks, tina', ' call 0912-345-678', ' I am 94', '. ', '我叫王小明', ' — Denise', ' Rash', 'Hi Ken here,', '\n'];
  const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((p) => p.join('')).filter((t) => t.trim() !== '');
  fc.assert(
    fc.property(text, fc.option(text, { nil: undefined }), fc.boolean(), (question, title, same) => {
      // As the importer reads it (the schema trims the question).
      const r = qaRecordSchema.parse({ id: 'x', question, title: same ? question : title, lang: 'en' });
      const q = prepareThread(r, { id: 1 }, now).question;
      assert.equal(q.title, deidentify(r.title?.trim() || deriveTitle(r.question), 'en').text);
      assert.equal(q.body, deidentify(r.question, 'en').text);
    }),
    { numRuns: 200 },
  );
});
