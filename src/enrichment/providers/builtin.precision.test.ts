import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBuiltin } from './builtin.js';
import { readJsonl, sharedDataPresent, type FaqEntry } from './testing/sharedData.js';
import type { EnrichmentInput, Passage } from './types.js';
import { hasGluedWord } from './text/gluedWords.js';

// Session 10's precision classes, end to end on real MedQuAD pages: what read as off-topic on dev.

const missing = !sharedDataPresent('faq_medquad.jsonl') && '../shared/data/faq_medquad.jsonl is missing';
const entries = missing ? [] : readJsonl<FaqEntry>('faq_medquad.jsonl');

function pages(...foci: string[]): Passage[] {
  return foci.flatMap((focus) => {
    const found = entries.filter((e) => e.focus === focus);
    assert.ok(found.length, `no MedQuAD page "${focus}"`);
    return found.map((e) => ({ id: `faq:${e.id}`, kind: 'faq' as const, title: e.question, url: `/faq/${e.id}`, text: e.answer, focus: e.focus, qtype: e.qtype, lang: 'en' as const }));
  });
}

function input(title: string, answers: string[], passages: Passage[]): EnrichmentInput {
  return {
    question: { title, body: title, lang: 'en', department: { slug: 'family-medicine', name: 'Family Medicine' } },
    answers: answers.map((text) => ({ text, doctorName: 'Dr. A' })),
    passages: [...passages, ...answers.map((text, i) => ({ id: `answer:${i}`, kind: 'doctor-answer' as const, title: "The doctor's answer to this question", url: `/questions/1#answer-${i}`, text, lang: 'en' as const }))],
  };
}

test("a doctor's aside brings no page on something else into the asker's condition", { skip: missing }, () => {
  const coxsackie = generateBuiltin(input('My granddaughter has been diagnosed with Coxsackie disease?', ['hi. bleeding from gums can be due to inflamed gums post infection, take her to the emergency room if it is in excess'], pages('Bleeding', 'Wounds and Injuries')));
  assert.equal(coxsackie.moreInfo, null, coxsackie.moreInfo?.text);
  const bells = generateBuiltin(input('I am suffering from Bell’s palsy from 11 days?', ['hi your ear pain could be bacterial ear infection so i recommend seeing an otolaryngologist', 'if antiviral medication is being given then it can be due to viral infection'], pages("Bell's Palsy", 'Ear Infections', 'Viral Infections')));
  assert.ok(bells.moreInfo, `${bells.warnings}`);
  assert.deepEqual([...new Set(bells.moreInfo.sources.map((s) => s.title.replace(/^.*?(Bell's Palsy).*$/, '$1')))], ["Bell's Palsy"]);
  assert.doesNotMatch(bells.moreInfo.text, /ear infection|viruses live inside/i);
});

test('a text from one page the question does not name is left out', { skip: missing }, () => {
  const out = generateBuiltin(input('Question: Strange thing appeared on my skin', ['it looks like a wound and injuries of the skin heal with time, keep it clean'], pages('Wounds and Injuries')));
  assert.equal(out.moreInfo, null, out.moreInfo?.text);
  assert.match(out.warnings?.join(' ') ?? '', /does not name|support/);
  // The same page, named by the asker, still stands.
  const named = generateBuiltin(input('My father has wounds on both of his ankles for 8 years', ['keep the wounds clean'], pages('Wounds and Injuries')));
  assert.ok(named.moreInfo, `${named.warnings}`);
});

test('no quoted sentence holds a glued word or a title-case heading', { skip: missing }, () => {
  const sources = pages('Urinary Tract Infections', 'Indigestion');
  // The pages themselves hold both defects.
  assert.ok(sources.some((p) => hasGluedWord(p.text)) && sources.some((p) => /A Common Problem With Aging/.test(p.text)));
  const out = generateBuiltin(input('I have a UTI and indigestion that keep coming back, what can I do?', ['drink plenty of water'], sources));
  assert.ok(out.moreInfo, `${out.warnings}`);
  assert.equal(hasGluedWord(out.moreInfo.text), false, out.moreInfo.text);
  assert.doesNotMatch(out.moreInfo.text, /A Common Problem With Aging|Severe Problems Most/);
});

test('a one-virus page gets its germ-class parent as a second source, without what the germs are', { skip: missing }, () => {
  const zika = generateBuiltin(input('Question: I have fever…is it Zika Virus?', ['hi it can be zika, do a blood test'], pages('Zika Virus', 'Viral Infections')));
  assert.ok(zika.moreInfo, `${zika.warnings}`);
  assert.equal(new Set(zika.moreInfo.sources.map((s) => s.url)).size, 2, zika.moreInfo.text);
  assert.match(zika.moreInfo.text, /viral infections/i);
  // "Viruses are capsules with genetic material inside. They are very tiny, much smaller than bacteria."
  assert.doesNotMatch(zika.moreInfo.text, /capsules|much smaller than bacteria|hijackers|smallpox/, zika.moreInfo.text);
});


test('where the one cited page is one the asker names, its reviewed parent is the second source, beside it', { skip: missing }, () => {
  // A genetics page a doctor names leads the list and gives nothing; "Dizziness and Vertigo" gives it all.
  const out = generateBuiltin(input('I have episodes of vertigo for about 2 years, happens following a “buzz” in my head?', ['hi this could be benign paroxysmal positional vertigo, see an ent doctor'], pages('Benign paroxysmal positional vertigo', 'Dizziness and Vertigo', 'Balance Problems')));
  assert.ok(out.moreInfo, `${out.warnings}`);
  const pagesCited = out.moreInfo.sources.map((s) => s.title);
  assert.ok(pagesCited.includes('What is (are) Dizziness and Vertigo ?') && pagesCited.some((t) => /Balance Problems/.test(t)), pagesCited.join('; '));
  // The parent adds at most two sentences to the named page's text.
  const fromParent = [...out.moreInfo.text.matchAll(/\[(\d+)\]/g)].filter((m) => /Balance Problems/.test(out.moreInfo!.sources[Number(m[1]) - 1].title));
  assert.ok(fromParent.length <= 2, out.moreInfo.text);
});
