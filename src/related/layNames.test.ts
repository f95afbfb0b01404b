import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAY_NAMES, layNamedTopics } from './layNames.js';
import { readJsonl, sharedDataPresent, type FaqEntry } from '../enrichment/providers/testing/sharedData.js';

const bridged = (text: string) => [...layNamedTopics(text, () => true)].map(([focus, words]) => `${words} → ${focus}`);

test('everyday names, short forms and misspellings bridge to the page that holds the condition', () => {
  assert.deepEqual(bridged('I have had really really bad reflux and cannot sleep'), ['reflux → GERD', 'reflux → Heartburn']);
  assert.deepEqual(bridged('My 16 yo daughter diagnosed with mono…mistake?'), ['mono → Infectious Mononucleosis']);
  assert.deepEqual(bridged('I think I may have septic shock'), ['septic shock → Sepsis']);
  assert.deepEqual(bridged('Bad sun burn…..just got worse'), ['sun burn → Sun Exposure']);
  assert.deepEqual(bridged('Is it Legg-Perthes-Calvé disease?'), ['Legg-Perthes-Calv → Legg-Calv-Perthes disease']);
  assert.deepEqual(bridged('my partner has gonoccocal urethritis'), ['gonoccocal → Gonorrhea']);
  assert.deepEqual(bridged('My ankles and feet are swollen 24/7'), ['ankles and feet are swollen → Edema']);
});

test('no bridge from another condition of the same word, a symptom or a body part alone', () => {
  assert.deepEqual(bridged('my son has vesicoureteral reflux'), []);
  assert.deepEqual(bridged('I have cold hands almost all the time'), []); // not Raynaud's: that would be a guess
  assert.deepEqual(bridged('I have found a large hard lump on the right side of my groin'), []);
  assert.deepEqual(bridged('I sprained my ankle and it is swollen'), []); // one swollen joint after a fall is not edema
  assert.deepEqual(bridged('monogamous relationship, mononeuropathy'), []);
});

test("each bridge is the target page's own wording, and its pages exist", { skip: !sharedDataPresent('faq_medquad.jsonl') }, () => {
  const faqs = readJsonl<FaqEntry>('faq_medquad.jsonl');
  for (const { topics, because, asked } of LAY_NAMES) {
    const pages = faqs.filter((f) => topics.includes(f.focus));
    for (const topic of topics) assert.ok(pages.some((f) => f.focus === topic), `no FAQ page "${topic}"`);
    assert.ok(pages.some((f) => f.answer.includes(because)), `"${because}" is not on ${topics.join(', ')} (${asked})`);
  }
});
