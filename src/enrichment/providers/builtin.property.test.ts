import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateBuiltin } from './builtin.js';
import { validateGenerated } from './validate.js';
import { twitchInput } from './testing/fixtures.js';
import type { EnrichmentInput, Passage } from './types.js';

// Whatever the caller hands over, the built-in either writes an output that passes every check or
// leaves More Info out; it never throws and never cites what it was not given.
const words = ['twitching', 'muscle', 'pain', 'after', 'can', 'I', 'take', 'with', 'ibuprofen', 'why', 'my', 'eyelid', 'stress', '500', 'mg', 'you', 'have', 'ALS', '?', '头疼', '怎么办'];
const phrase = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
const passageText = fc.oneof(
  fc.constantFrom(...twitchInput.passages.map((p) => p.text)),
  fc.array(fc.constantFrom(...words, '.', ':', ' - ', '\n\n', 'Key Points'), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 200 }),
);
const passage = fc.record({
  kind: fc.constantFrom<Passage['kind']>('faq', 'doctor-answer', 'similar-answer'),
  text: passageText,
  focus: fc.option(fc.constantFrom('Muscle Twitching', 'Acne', ''), { nil: undefined }),
  qtype: fc.option(fc.constantFrom('information', 'causes', 'treatment', 'symptoms', 'weird'), { nil: undefined }),
  lang: fc.constantFrom<Passage['lang']>('en', 'zh-Hans'),
});

test('the built-in never throws and its output always passes validation', () => {
  fc.assert(
    fc.property(phrase, phrase, fc.constantFrom<EnrichmentInput['question']['lang']>('en', 'zh-Hans', 'zh-Hant'), fc.array(passage, { maxLength: 8 }), (title, body, lang, ps) => {
      const input: EnrichmentInput = {
        question: { title, body, lang, department: { slug: 'neurology', name: 'Neurology' } },
        answers: [{ text: body, doctorName: 'Dr. A' }],
        passages: ps.map((p, i) => ({ ...p, id: `p:${i}`, title: `Passage ${i}`, url: `/faq/${i}` })),
      };
      const out = generateBuiltin(input);
      assert.equal(out.provider, 'builtin');
      assert.ok(out.headline.trim().length > 0);
      assert.deepEqual(validateGenerated({ ...out, moreInfo: null }, input), [], `headline "${out.headline}" for "${title}"`);
      if (out.moreInfo) assert.deepEqual(validateGenerated(out, input), []);
    }),
    { numRuns: 300, seed: 42 },
  );
});
