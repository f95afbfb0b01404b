import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARENT_TOPICS } from './parentTopics.js';
import { FOR_ONE_POPULATION } from './namedTopics.js';
import { readJsonl, sharedDataPresent, type FaqEntry } from './testing/sharedData.js';

test('every parent link is said by one of its two pages, and both pages exist', { skip: !sharedDataPresent('faq_medquad.jsonl') }, () => {
  const faqs = readJsonl<FaqEntry>('faq_medquad.jsonl');
  for (const [child, { parent, because }] of Object.entries(PARENT_TOPICS)) {
    assert.ok(faqs.some((f) => f.focus === child), `no FAQ page "${child}"`);
    assert.ok(faqs.some((f) => f.focus === parent), `no FAQ page "${parent}"`);
    assert.ok(faqs.some((f) => (f.focus === child || f.focus === parent) && f.answer.includes(because)), `"${because}" is on neither ${child} nor ${parent}`);
  }
});

test('no parent is a page for one population, none is its own, and the links never loop', () => {
  for (const [child, { parent }] of Object.entries(PARENT_TOPICS)) {
    assert.ok(!FOR_ONE_POPULATION.test(parent), parent);
    assert.notEqual(child, parent);
    const seen = new Set([child]);
    for (let at: string | undefined = parent; at; at = PARENT_TOPICS[at]?.parent) {
      assert.ok(!seen.has(at), `loop through ${at}`);
      seen.add(at);
    }
  }
});
