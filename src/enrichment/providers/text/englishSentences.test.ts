import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faqSentences } from './englishSentences.js';
import { quotableAnswerSentences, restoreSentence } from './answerStyle.js';

const texts = (t: string) => faqSentences(t).map((s) => s.text);

test('the Key Points digest is dropped and short bullet lists fold into their lead-in', () => {
  const out = texts('Key Points - Acne is common. - It causes pimples.\n\nAcne is a common skin disease that causes pimples. Common signs include: - Whiteheads. - Blackheads. - Red bumps.');
  assert.deepEqual(out, ['Acne is a common skin disease that causes pimples.', 'Common signs include whiteheads, blackheads, and red bumps.']);
});

test('a MedlinePlus list without a colon, whose last item runs on, is folded and the run-on kept', () => {
  const out = texts('If you have acne - Clean your skin gently - Try not to touch your skin - Avoid the sun Treatments for acne include medicines and creams.');
  assert.deepEqual(out, ['If you have acne: clean your skin gently, try not to touch your skin, and avoid the sun.', 'Treatments for acne include medicines and creams.']);
});

test('list items in their own paragraphs are folded, or left out whole when they are not one sentence each', () => {
  assert.deepEqual(texts('Causes of hives include:\n\nA drug.\n\nA food.\n\nStress.'), ['Causes of hives include a drug, a food, and stress.']);
  assert.deepEqual(texts('Conditions that can injure the lungs include:\n\nPneumonia. This is an infection in the lungs.\n\nBreathing in harmful fumes or smoke.'), []);
});

test('boilerplate and page furniture are not sentences', () => {
  assert.deepEqual(texts('See the following sections for more information about tests. Visit www.nih.gov for details about this summary.'), []);
  const hpo = 'The Human Phenotype Ontology (HPO) has collected information on how often a sign or symptom occurs in a condition. The frequency of a sign or symptom is usually listed as a rough estimate of the percentage of patients who have that feature. The frequency may also be listed as a fraction. The first number of the fraction is how many people had the symptom, and the second number is the total number of people who were examined in one study. For example, a frequency of 25/25 means that in a study of 25 people all patients were found to have that symptom. Because these frequencies are based on a specific study, the fractions may be different if another group of patients are examined. Sometimes, no information on frequency is available. In these cases, the sign or symptom may be rare or common.';
  assert.deepEqual(texts(hpo), []);
  assert.deepEqual(texts('A low ejection fraction means the heart pumps less blood with each beat.'), ['A low ejection fraction means the heart pumps less blood with each beat.']);
});

test('imported answers get capitals and full stops back; personal remarks and cut-offs are not quoted', () => {
  assert.equal(restoreSentence('physiotherapy can help with hiv related neuropathy'), 'Physiotherapy can help with HIV related neuropathy.');
  const quoted = quotableAnswerSentences('hi. i think you have gerd. physiotherapy can play an important role in alleviation of the problem. avoid spicy foods and coffee late at night …').map((s) => s.text);
  assert.deepEqual(quoted, ['Physiotherapy can play an important role in alleviation of the problem.']);
});

test('a section heading glued to the next sentence is cut off; ordinary sentences are untouched', async () => {
  const { stripGluedHeading } = await import('./englishSentences.js');
  assert.equal(stripGluedHeading('Blisters The blisters tend to be clustered in one area.'), 'The blisters tend to be clustered in one area.');
  assert.equal(stripGluedHeading('Diagnosis is Usually Easy for Healthcare Providers A typical shingles case is easy to diagnose.'), 'A typical shingles case is easy to diagnose.');
  assert.equal(stripGluedHeading('Most people with acne get better with treatment.'), 'Most people with acne get better with treatment.');
  assert.equal(stripGluedHeading('Doctors say The condition is rare.'), 'Doctors say The condition is rare.');
  // The sentence after the heading may start with an acronym (read on dev, a UTI text).
  assert.equal(stripGluedHeading('Some UTIs Lead to Severe Problems Most UTIs are not serious.'), 'Most UTIs are not serious.');
  assert.equal(stripGluedHeading('Most UTIs are not serious.'), 'Most UTIs are not serious.');
  // A title-case heading, told by a capitalised small word, before a sentence that opens with any word.
  assert.equal(stripGluedHeading('A Common Problem With Aging Urinary tract infections (UTIs) are a common bladder problem.'), 'Urinary tract infections (UTIs) are a common bladder problem.');
  assert.equal(stripGluedHeading('Rocky Mountain Spotted Fever causes a rash.'), 'Rocky Mountain Spotted Fever causes a rash.');
  assert.equal(stripGluedHeading('Hand Foot and Mouth Disease spreads easily.'), 'Hand Foot and Mouth Disease spreads easily.');
});

test('a list item that runs into the next sentence gets its full stop back', async () => {
  const { splitRunOn } = await import('./englishSentences.js');
  assert.deepEqual(splitRunOn('Common back injuries include sprains and strains, herniated disks, and fractured vertebrae These injuries can cause pain.'), [
    'Common back injuries include sprains and strains, herniated disks, and fractured vertebrae.',
    'These injuries can cause pain.',
  ]);
  assert.deepEqual(splitRunOn('Tell your doctor about The Merck Manual you read.'), ['Tell your doctor about The Merck Manual you read.']);
  // A sentence opening with "No one" after one that lost its full stop (read on dev, ADHD).
  assert.deepEqual(splitRunOn('The main features of ADHD are inattention, hyperactivity, and impulsivity No one knows exactly what causes ADHD.'), ['The main features of ADHD are inattention, hyperactivity, and impulsivity.', 'No one knows exactly what causes ADHD.']);
});

test('a list left out leaves a gap, so a sentence said of its last item does not seem to follow the one before it', () => {
  const text = 'Usually, your immune system keeps yeast under control. If you are sick, it can multiply. Yeast infections affect the body in different ways: - Thrush is a yeast infection that causes white patches in your mouth and on your tongue, and sometimes on the inside of your cheeks and on your gums - Candida esophagitis is thrush that spreads to your esophagus. It can make it hard or painful to swallow. - Women can get vaginal yeast infections';
  const out = faqSentences(text);
  const swallow = out.find((s) => s.text.startsWith('It can make it hard'));
  const before = out.find((s) => s.text.startsWith('If you are sick'));
  assert.ok(swallow && before);
  assert.ok(!out.some((s) => s.text.includes('white patches'))); // the list is not folded: an item is too long
  assert.ok(swallow.index > before.index + 1, `index ${swallow.index} right after ${before.index}`);
});
