import { test } from 'node:test';
import assert from 'node:assert/strict';
import { broaderPassages, complaintSites, questionNamer, relevantFaqs } from './faqRelevance.js';
import { createTopicMatcher } from './namedTopics.js';
import { quotableAnswerSentences } from './text/answerStyle.js';
import { stemSet } from './text/tokens.js';
import type { Passage } from './types.js';
import { faqPassage } from './testing/fixtures.js';

const faq = faqPassage;

/** The FAQ topics a thread may draw on, as composeEnglish asks for them. */
function topicsFor(question: string, answer: string, foci: string[]): string[] {
  const asked = new Set([...stemSet(question), ...stemSet(answer)]);
  return [...new Set(relevantFaqs(foci.map((f) => faq(f)), asked, stemSet(question), `${question} ${answer}`, question, [answer]).map((p) => p.focus))] as string[];
}

test('an FAQ topic counts when its whole name is used, not half of it', () => {
  assert.deepEqual(topicsFor('After being attacked I have a subconjunctival hemorrhage', '', ['Hemorrhagic Fevers']), []);
  assert.deepEqual(topicsFor('Itchy red bumps on my arms, legs and stomach', '', ['Stomach Cancer']), []);
  assert.deepEqual(topicsFor('I tore my rotator cuff at the gym', '', ['Rotator Cuff Injuries']), ['Rotator Cuff Injuries']);
  assert.deepEqual(topicsFor('I have Crohn’s disease, do I need steroids?', '', ['Crohn\'s Disease']), ["Crohn's Disease"]);
  assert.deepEqual(topicsFor('Pain in my lower back for weeks', '', ['Back Pain']), ['Back Pain']);
});

test('what a doctor mentions in passing, or rules out, names no topic', () => {
  // "pelvic tilt" is not pelvic pain; "take antibiotics" is advice, not the topic; negations name nothing.
  assert.deepEqual(topicsFor('I have lordosis of the spine', 'restore the pelvic tilt with stretching, it causes pain', ['Pelvic Pain']), []);
  assert.deepEqual(topicsFor('My lymph node is swollen', 'just take antibiotics for a week', ['Antibiotics']), []);
  assert.deepEqual(topicsFor('Daily headaches, I had no previous head or brain injury', '', ['Traumatic Brain Injury']), []);
  // A doctor's "doesnt"/"don't" rules out as "does not" does; an asker's "don't want … birth control" still asks about it.
  assert.deepEqual(topicsFor('My kid has red patches, what is it?', 'its a kind of skin infection. doesnt seem to be eczema for sure', ['Eczema']), []);
  assert.deepEqual(topicsFor('I want children but don’t want to rely on birth control pills', '', ['Birth Control']), ['Birth Control']);
  assert.deepEqual(topicsFor('Head hit a hook in the barn, acting strange', 'there can be many other reasons other than meningitis for such complaints', ['Meningitis']), []);
  assert.deepEqual(topicsFor('My shoulder hurts when I lift my arm', 'this is likely a frozen shoulder or bursitis', ['Bursitis']), ['Bursitis']);
});

test('the topic matcher finds named pages by whole name, by either half of "X and Y", and by acronym', () => {
  const m = createTopicMatcher(['Dizziness and Vertigo', 'Attention Deficit Hyperactivity Disorder', 'Stomach Cancer', 'Exercise', 'Leg Injuries and Disorders']);
  assert.deepEqual(m.named('I keep feeling dizziness when I stand up'), ['Dizziness and Vertigo']);
  assert.deepEqual(m.named('My son has ADHD'), ['Attention Deficit Hyperactivity Disorder']);
  assert.deepEqual(m.named('Pain in my stomach after exercise'), []);
  assert.deepEqual(m.named('Horrible pain along my right leg'), ['Leg Injuries and Disorders']);
});

test("a doctor's sentence is quoted only as general information, never a verdict on the asker", () => {
  const quoted = (text: string) => quotableAnswerSentences(text).map((s) => s.text);
  assert.deepEqual(quoted('redness and swelling in calf will be dvt.'), []);
  assert.deepEqual(quoted('this indicates passing of renal stones.'), []);
  assert.deepEqual(quoted('get a usg abdomen done to confirm the diagnosis.'), []);
  assert.deepEqual(quoted('early stages of multiple sclerosis can present in this fashion.'), []);
  assert.deepEqual(quoted('antibiotics like augmentin will help with the infection.'), []);
  assert.deepEqual(quoted('drink plenty of water and avoid spicy food.'), ['Drink plenty of water and avoid spicy food.']);
  assert.deepEqual(quoted('kidney stones can cause severe pain in the side and back.'), ['Kidney stones can cause severe pain in the side and back.']);
});

test('a name with a short part is found only written out: "deficiency" is not "Rh deficiency syndrome"', () => {
  const m = createTopicMatcher(['Hepatitis B', 'Rh deficiency syndrome', 'Medicare and Continuing Care']);
  assert.deepEqual(m.named('I have hepatitis b and an iron deficiency'), ['Hepatitis B']);
  assert.deepEqual(m.named('Can low testosterone be treated while I continue to smoke?'), []);
  assert.deepEqual(topicsFor('My hands shake', 'this may be due to a vitamin deficiency', ['Rh deficiency syndrome']), []);
});

test('a body part counts where the question places a complaint, not as "the back of" something', () => {
  assert.deepEqual([...complaintSites('I’ve seen various doctors in regard to a ‘severe ear infection’?')], ['ear']);
  assert.deepEqual([...complaintSites('I get frequent anterior shoulder dislocations')], ['shoulder']);
  assert.deepEqual([...complaintSites('I have Lordosis of back spine')].sort(), ['back', 'spine']);
  assert.deepEqual([...complaintSites('My 4 year old has a lump on the back of his neck')], []);
  assert.deepEqual([...complaintSites('I chipped a bone on the end of my elbow')], []);
  assert.deepEqual([...complaintSites('no ear infection, but my throat is sore')], []);
});

test("a body-part page is a second source beside the complaint's own page, never the lead or a third leaflet", () => {
  assert.deepEqual(topicsFor('I’ve seen doctors in regard to a ‘severe ear infection’', '', ['Ear Disorders', 'Ear Infections']), ['Ear Infections', 'Ear Disorders']);
  assert.deepEqual(topicsFor('I get frequent anterior shoulder dislocations', '', ['Shoulder Injuries and Disorders', 'Dislocations']), ['Dislocations', 'Shoulder Injuries and Disorders']);
  // A cancer page is never named by the part alone, and one body-part page is enough.
  assert.deepEqual(topicsFor('I have an ear infection', '', ['Ear Infections', 'Head and Neck Cancer']), ['Ear Infections']);
  assert.deepEqual(topicsFor('Computer vision syndrome, pain in shoulder, arm and neck', '', ['Computer Vision Syndrome', 'Shoulder Injuries and Disorders', 'Arm Injuries and Disorders', 'Neck Injuries and Disorders']).length, 2);
});

test('only the asker\'s own words name a page for a short More Info', () => {
  const named = questionNamer('I have sinus problems and nose pain');
  assert.equal(named('Nose Injuries and Disorders'), true);
  assert.equal(named('Inhalants'), false);
  assert.equal(named('Head and Neck Cancer'), false);
  assert.equal(questionNamer('I had 3 root canals, now I have pain')('Kidney Failure and How It\'s Treated'), false);
  assert.equal(questionNamer('I think I have hepatitis b')('Hepatitis B'), true);
  assert.equal(questionNamer('Was having a bad bout of OCD')('Obsessive-Compulsive Disorder'), true);
});

test("a doctor's sentence that stops where a word is missing is not quoted", () => {
  assert.deepEqual(quotableAnswerSentences('rotator cuff tears can be treated with non surgical. it is common.').map((s) => s.text), []);
  assert.equal(quotableAnswerSentences('the virus dies within seconds in air so chances of transmission by a tanning machine are less.').length, 1);
});

test('a one-entry page gets its broader page on the same subject as a second source, never a population page', () => {
  const m = createTopicMatcher(['Ovarian Cysts', 'Ovarian Disorders', 'Kidney Transplantation', 'Kidney Diseases', 'Heart Disease in Women', 'Heart Diseases', 'Smoking and Your Heart', 'Herpes Simplex', 'Genital Herpes', 'Fluid and Electrolyte Balance', 'Balance Problems']);
  // A page on two things has no page one level up: "Heart Diseases" is not "Smoking and Your Heart" in general.
  assert.deepEqual(m.broader('Fluid and Electrolyte Balance'), []);
  assert.deepEqual(m.broader('Ovarian Cysts'), ['Ovarian Disorders']);
  assert.deepEqual(m.broader('Kidney Transplantation'), ['Kidney Diseases']);
  assert.deepEqual(m.broader('Smoking and Your Heart'), []);
  assert.deepEqual(m.broader('Genital Herpes'), []);
  // The provider takes it only where the page on the topic is a single entry.
  assert.deepEqual(topicsFor('My doctor found ovarian cysts, what are the remedies?', '', ['Ovarian Cysts', 'Ovarian Disorders']), ['Ovarian Cysts', 'Ovarian Disorders']);
});

test('"HIV/AIDS" is named by HIV, never by hearing aids, and "First Aid" is no broader page of it', () => {
  assert.deepEqual(topicsFor('I cut my finger and may have been exposed to HIV', '', ['HIV/AIDS']), ['HIV/AIDS']);
  assert.deepEqual(topicsFor('My hearing aids whistle', '', ['HIV/AIDS']), []);
  assert.deepEqual(createTopicMatcher(['HIV/AIDS', 'First Aid']).named('Can I get HIV from a towel?'), ['HIV/AIDS']);
  assert.deepEqual(createTopicMatcher(['HIV/AIDS', 'First Aid']).broader('HIV/AIDS'), []);
  assert.deepEqual(topicsFor('Can I get HIV from a towel?', 'hiv is transmitted only through fluids', ['HIV/AIDS', 'First Aid']), ['HIV/AIDS']);
});

test('an injury done to a body part places the complaint there', () => {
  assert.deepEqual([...complaintSites('Did I dislocate my shoulder while bodybuilding?')], ['shoulder']);
  assert.deepEqual([...complaintSites('I hurt my back lifting boxes')], ['back']);
  assert.deepEqual([...complaintSites('My shoulder is fine but I have a cough')], []);
});

test('a page the caller says the asker names by a synonym counts as named, where the words are in the question', () => {
  const pinkeye = { ...faq('Pinkeye'), namedBy: 'conjunctivitis' };
  const ask = (question: string) => relevantFaqs([pinkeye], stemSet(question), stemSet(question), question, question, []).map((p) => p.focus);
  assert.deepEqual(ask('Suffering really bad conjunctivitis'), ['Pinkeye']);
  assert.deepEqual(ask('My eye is red and itchy'), []); // the caller's claim is checked against the text
  assert.deepEqual(ask('It is not conjunctivitis, the doctor said'), []);
});

test('a reviewed parent page is the second source beside a one-entry page the thread names, never beside a guess', () => {
  const m = createTopicMatcher(['Knee Injuries and Disorders', 'Joint Disorders', 'Back Injuries', 'Back Pain']);
  assert.deepEqual(m.broader('Knee Injuries and Disorders'), ['Joint Disorders']);
  assert.deepEqual(createTopicMatcher(['Knee Injuries and Disorders']).broader('Knee Injuries and Disorders'), []); // only a page the site holds
  assert.deepEqual(topicsFor('I have a knee problem, pain is increasing?', '', ['Knee Injuries and Disorders', 'Joint Disorders']), ['Knee Injuries and Disorders', 'Joint Disorders']);
  // "came back normal" places no complaint at the back, so neither back page comes in.
  assert.deepEqual(topicsFor('I cough up blood but have had a CT scan and bronchoscopy that all came back normal?', '', ['Back Injuries', 'Back Pain']), []);
});

test('"back" after "came" or before "normal" is no body part', () => {
  assert.equal(questionNamer('my tests all came back normal, I still cough')('Back Injuries'), false);
  assert.equal(questionNamer('my back hurts and the pain came back')('Back Injuries'), true);
});

test('a mixed-case acronym name ("IMAGe syndrome") is named only as written, not by the word it looks like', () => {
  assert.deepEqual(topicsFor('I have some hip pain. Had MRA image recently, would welcome second opinion?', '', ['IMAGe syndrome']), []);
  assert.deepEqual(topicsFor('My son was diagnosed with IMAGe syndrome', '', ['IMAGe syndrome']), ['IMAGe syndrome']);
});

test('a short text may take the reviewed parent of the page the asker names, never a parent by name alone', () => {
  const all = ['Yeast Infections', 'Fungal Infections', 'Itching', 'Bone Marrow Diseases', 'Bone Diseases', 'Stomach Disorders', 'Digestive Diseases'].map((f) => faq(f));
  const parentOf = (main: string, question: string) => broaderPassages(faq(main), all, question).map((p) => p.focus);
  assert.deepEqual(parentOf('Yeast Infections', 'I was diagnosed with candida albicans in May'), ['Fungal Infections']);
  assert.deepEqual(parentOf('Bone Marrow Diseases', 'I have bone marrow cells in my neck'), []); // "Bone Diseases" only shares words
  // A disease the main page never mentions: the parent would add more of what is not the question.
  assert.deepEqual(parentOf('Stomach Disorders', 'My mother has adenocarcinoma of the stomach'), []);
  assert.deepEqual(parentOf('Stomach Disorders', 'I have a sore stomach'), ['Digestive Diseases']);
});

test('a page on pregnancy fits only a question about a pregnancy', () => {
  // Read on dev: "Pregnancy and Thyroid Disease" filled a thyroid-cancer text with iodine for mothers-to-be.
  assert.deepEqual(topicsFor('I had a thyroidectomy for thyroid cancer 3 years ago', '', ['Thyroid Cancer', 'Pregnancy and Thyroid Disease']), ['Thyroid Cancer']);
  assert.deepEqual(topicsFor('I am 20 weeks pregnant and my thyroid disease is back', '', ['Pregnancy and Thyroid Disease']), ['Pregnancy and Thyroid Disease']);
});

test('a page for older adults fits only a question about an older person', () => {
  assert.deepEqual(topicsFor('Can low testosterone be treated while I continue to smoke cigarettes?', 'quitting smoking helps', ['Quitting Smoking for Older Adults']), []);
  assert.deepEqual(topicsFor('My 72 year old father wants to quit smoking cigarettes', '', ['Quitting Smoking for Older Adults']), ['Quitting Smoking for Older Adults']);
});

test('a negation ends where "and" opens a new noun phrase', async () => {
  const { withoutNegations } = await import('./namedTopics.js');
  assert.match(withoutNegations('I have not had a voice for 7 weeks and a sore throat'), /sore throat/);
  assert.doesNotMatch(withoutNegations('no previous head or brain injury'), /injury/);
});

test('a one-word name is named by the word itself, not by another word with its stem', () => {
  // Read on dev: "what i personally feel" brought "Personality Disorders" into a question on worms under the skin.
  assert.deepEqual(topicsFor('There are worms under my skin and along my belly', 'what i personally feel is that no one has yet diagnosed the worm type', ['Personality Disorders']), []);
  assert.deepEqual(topicsFor('I am always moody and distrustful', 'this may be a personality disorder, see a psychiatrist', ['Personality Disorders']), ['Personality Disorders']);
});
