import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSynonymNamer, mustAppearOnPage, pageUses } from './synonymTopics.js';

const namer = createSynonymNamer([
  'Herpes Simplex', 'Pinkeye', 'Muscle Cramps', 'Sexually Transmitted Diseases', 'Menstruation', 'Domestic Violence',
  'Cocaine', 'Carney complex', 'Vitamin A', 'Urinalysis', "Alzheimer's Caregiving", 'Alzheimer disease', 'Bleeding',
  'Hematuria (Blood in the Urine)', 'Pyelonephritis: Kidney Infection', 'Tuberculosis (TB)', 'Tinnitus',
]);
const named = (text: string) => [...namer.named(text)].map(([focus, phrase]) => `${phrase} → ${focus}`);

test('a topic the asker names by another of its MedQuAD names', () => {
  assert.deepEqual(named('tested slightly positive for hsv-2?'), ['hsv → Herpes Simplex']);
  assert.deepEqual(named('Is it a really bad charley horse cramp?'), ['charley horse → Muscle Cramps']);
  assert.deepEqual(named('I suspect I have an STI (sexually transmitted infection)'), ['sexually transmitted infection → Sexually Transmitted Diseases']);
  assert.deepEqual(named('Suffering really bad conjunctivitis'), ['conjunctivitis → Pinkeye']);
});

test('no bridge through slang, rare abbreviations, half names, tests or negations', () => {
  assert.deepEqual(named('I was in a bad car accident'), []); // CAR, an abbreviation of Carney complex
  assert.deepEqual(named('vitamin B12 levels are low'), []); // half of "Vitamin A"
  assert.deepEqual(named('my urine test shows leukocytes'), []); // a test, not the topic
  assert.deepEqual(named('I have no hsv'), []);
  // Two names side by side are not one: "Alzheimers or dementia".
  assert.ok(!named('getting Alzheimers or dementia').some((n) => n.startsWith('alzheimers dementia')));
});

test('a one-word bridge of more than five letters needs the page to use the word', () => {
  assert.equal(mustAppearOnPage('conjunctivitis'), true);
  assert.equal(mustAppearOnPage('charley horse'), false);
  assert.equal(mustAppearOnPage('hsv'), false);
  assert.equal(pageUses('Conjunctivitis is the medical name for pink eye.', 'conjunctivitis'), true);
  assert.equal(pageUses('Sunburns are a sign of skin damage.', 'sunburned'), true);
  assert.equal(pageUses('Bleeding is the loss of blood.', 'hemorrhage'), false);
  // The concept table's "battery" (assault) is proposed, and refused because the page never says it.
  assert.deepEqual(named('exposure to battery acid'), ['battery → Domestic Violence']);
  assert.equal(mustAppearOnPage('battery'), true);
  assert.equal(pageUses('Domestic violence is a type of abuse.', 'battery'), false);
});

test("a topic's own second name, and a lay term that carries a medical name", () => {
  assert.deepEqual(named('I have blood in my urine, could it be cancer?'), ['blood in my urine → Hematuria (Blood in the Urine)']);
  assert.deepEqual(named('I think I have a severe kidney infection'), ['kidney infection → Pyelonephritis: Kidney Infection']);
  assert.deepEqual(named('Ringing in both ears, the specialist sees nothing wrong'), ['Ringing in both ears → Tinnitus']);
  // Words apart are not the name; an acronym in brackets is the matcher's, not a second name.
  assert.deepEqual(named('blood tests and a urine sample'), []);
  assert.deepEqual(named('I was tested for TB'), []);
});
