import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANAPHORA, candidatesOf } from './englishCandidates.js';
import { stemSet } from './text/tokens.js';

test('a sentence that points back with "them" waits for what it stands for, unless a plural before it is that', () => {
  // Quoted alone, "them" would have nothing to stand for ("Hand Injuries": "When there is something wrong with them …").
  assert.ok(ANAPHORA.test('When there is something wrong with them, you may not be able to do your regular activities.'));
  assert.ok(ANAPHORA.test('If you have them, your doctor can decide whether you need treatment.'));
  // "Others get better when an underlying disease is treated" answers a "Some people …" before it (read on dev).
  assert.ok(ANAPHORA.test('Others get better when an underlying disease is treated.'));
  assert.ok(ANAPHORA.test('Others go back and forth between the two.'));
  assert.ok(ANAPHORA.test('As a result, you are paralyzed below the injury.'));
  assert.ok(!ANAPHORA.test("Using antibiotics when you don't need them can add to antibiotic resistance."));
  assert.ok(!ANAPHORA.test('After eating foods with lactose in them, you may feel sick to your stomach.'));
  assert.ok(!ANAPHORA.test('Kidney stones can cause severe pain in the side and back.'));
  assert.ok(ANAPHORA.test('Women can give it to their babies during pregnancy or childbirth.'));
  assert.ok(ANAPHORA.test('If you have one, seek medical attention.'));
});

test('"When they …", "Because these …" point back too', () => {
  // Read on dev: "When they are healthy, it takes great force to hurt them" opened a hip paragraph on its own.
  assert.ok(ANAPHORA.test('When they are healthy, it takes great force to hurt them.'));
  assert.ok(ANAPHORA.test('Because these glands make hormones, problems affect the whole body.'));
  assert.ok(!ANAPHORA.test('When your hips are healthy, it takes great force to hurt them.'));
});

test('a MedQuAD sentence with words the scraper ran together is not quoted', () => {
  const passage = {
    id: 'faq:celiac', kind: 'faq' as const, title: 'What is (are) Celiac Disease ?', url: '/faq/celiac', focus: 'Celiac Disease', qtype: 'information', lang: 'en' as const,
    text: 'Celiac disease is an immune disorder in which people cannot tolerate gluten. In people with celiac disease, gluten causes the immune system to react in a way that can cause intestinal inflammationirritation or swellingand long-lasting damage. Symptoms of celiac disease vary from person to person.',
  };
  const texts = candidatesOf(passage, 0, new Set(['celiac']), new Set(), new Set(['celiac']), new Set()).map((c) => c.text);
  assert.ok(texts.some((t) => t.startsWith('Celiac disease is an immune disorder')));
  assert.ok(!texts.some((t) => /inflammationirritation/.test(t)));
});

test('"If so" points back, and a sentence said to a parent is only for a question about a child or a pregnancy', () => {
  assert.ok(ANAPHORA.test('If so, your child may have attention deficit hyperactivity disorder (ADHD).'));
  const passage = {
    id: 'faq:adhd', kind: 'faq' as const, title: 'What is (are) ADHD ?', url: '/faq/adhd', focus: 'ADHD', qtype: 'information', lang: 'en' as const,
    text: 'ADHD is a common disorder. A complete evaluation by a trained professional is the only way to know for sure if your child has ADHD. Treatment may include medicine to control symptoms, therapy, or both.',
  };
  const texts = (question: string) => candidatesOf(passage, 0, stemSet(question), new Set(), new Set(['adhd']), new Set()).map((c) => c.text);
  assert.ok(!texts('I am a 26 year old woman with ADHD').some((t) => /your child/.test(t)));
  assert.ok(texts('My son has ADHD, what can we do?').some((t) => /your child/.test(t)));
  assert.ok(texts('My little girl has ADHD').some((t) => /your child/.test(t)));
});
