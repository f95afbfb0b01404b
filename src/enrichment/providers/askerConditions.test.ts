import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askerConditions, namedMisspelt, speaksOfCondition } from './askerConditions.js';
import { relevantFaqs } from './faqRelevance.js';
import { stemSet } from './text/tokens.js';
import type { Passage } from './types.js';
import { faqPassage } from './testing/fixtures.js';

const faq = faqPassage;

function topicsFor(question: string, answers: string[], pages: Passage[]): string[] {
  const answer = answers.join(' ');
  const asked = new Set([...stemSet(question), ...stemSet(answer)]);
  return [...new Set(relevantFaqs(pages, asked, stemSet(question), `${question} ${answer}`, question, answers).map((p) => p.focus))] as string[];
}

const BLEEDING = faq('Bleeding', 'Bleeding is the loss of blood. It can happen inside or outside the body. A bruise is bleeding under the skin.');
const EAR = faq('Ear Infections', 'Ear infections are the most common reason parents bring their child to a doctor. Three out of four children have one by age three.');
const BELLS = faq("Bell's Palsy", "Bell's palsy is the most common cause of facial paralysis. It usually affects one side of the face.");
const VIRAL = faq('Viral Infections', 'Viruses are capsules with genetic material inside. They cause familiar infections such as the common cold, flu and warts.');

test('the conditions the asker states are read from the question, not from what they only mention', () => {
  assert.deepEqual(askerConditions('My granddaughter has been diagnosed with Coxsackie disease?', []).map((c) => [...c]), [['coxsacki']]);
  assert.ok(askerConditions('Do I have costochondritis?', []).length > 0);
  // A name that holds "and" is not cut at it.
  assert.deepEqual(askerConditions('My kid was diagnosed with Hand Foot and Mouth Disease by one doc and chicken pox by another?', []).map((c) => [...c]), [['hand', 'foot', 'mouth']]);
  // Mentioned, not stated: a remedy, a figure of speech.
  assert.deepEqual(askerConditions('Suffering from nocturnal emission, on homeopathy medication', []), []);
  assert.deepEqual(askerConditions('My hands feel like they are on fire all the time', ['Fires']), []);
  // A page on a complaint or a body function is no condition: a doctor's suspicion may stand beside it.
  assert.deepEqual(askerConditions('I have nausea and vomiting and lost 30 pounds', ['Nausea and Vomiting']), []);
  assert.deepEqual(askerConditions('I have a late period', ['Menstruation']), []);
  assert.equal(askerConditions("I am suffering from Bell's palsy for 11 days", ["Bell's Palsy"]).length, 1);
});

test("a page the doctor brings in must speak of the asker's condition", () => {
  // Read on dev: a doctor's aside about bleeding gums filled a Coxsackie text with "Bleeding".
  assert.deepEqual(topicsFor('My granddaughter has been diagnosed with Coxsackie disease?', ['bleeding from gums can be due to inflamed gums post infection'], [BLEEDING]), []);
  // And an ear-infection aside interleaved "Ear Infections" sentences into a Bell's palsy text.
  const bells = topicsFor("I am suffering from Bell's palsy from 11 days?", ['your ear pain could be bacterial ear infection. it can be due to viral infection'], [BELLS, EAR, VIRAL]);
  assert.deepEqual(bells, ["Bell's Palsy"]);
  // A page that does speak of it stays.
  const herpes = faq('Herpes Zoster', "Herpes zoster is a painful rash caused by a virus. When it affects a facial nerve it can look like Bell's palsy.");
  assert.deepEqual(topicsFor("I am suffering from Bell's palsy from 11 days?", ['it can be due to herpes zoster'], [BELLS, herpes]), ["Bell's Palsy", 'Herpes Zoster']);
  // Where the asker states no condition, a doctor's diagnosis page is welcome as before.
  assert.deepEqual(topicsFor('Lost 30 pounds without trying, nausea every time', ['this could be hyperthyroidism, get your thyroid checked'], [faq('Hyperthyroidism', 'Hyperthyroidism is too much thyroid hormone. It can cause weight loss.')]), ['Hyperthyroidism']);
});

test('a misspelt name still names the page, and the condition is found where the page spells it right', () => {
  assert.equal(namedMisspelt('Acoustic Neuroma', 'I have Acoustic Nouroma Tumour, should I have surgery?'), true);
  assert.equal(namedMisspelt('Asthma', 'My son has a history of azthma now has croup'), true);
  assert.equal(namedMisspelt('Asthma', 'My son has a history of eczema'), false);
  // Two letters swapped count as one slip.
  assert.equal(namedMisspelt('Psoriasis', 'I was told I have psoraisis on my elbows'), true);
  assert.equal(namedMisspelt('Psoriasis', 'I was told I have pityriasis'), false);
  assert.equal(speaksOfCondition('Balance Problems', 'An acoustic neuroma can cause balance problems.', [new Set(['nouroma'])]), true);
  // A word and its adjective stem differently ("esophageal", "esophagus").
  assert.equal(speaksOfCondition('GERD', 'Acid backs up from the stomach into the esophagus.', [new Set(['esophag'])]), true);
});
