import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishHeadline, questionKind } from './headline.js';
import { recogniseTopic } from './topic.js';
import { chineseHeadline } from './headlineChinese.js';

const headline = (title: string, foci: string[] = [], body = title, answer = '') =>
  englishHeadline(title, body, recogniseTopic(`${title} ${body}`, title, foci, answer), 'Family Medicine');

test('the kind of question shapes the headline', () => {
  assert.equal(headline('Can I take ibuprofen with amoxicillin?'), 'Can You Take Ibuprofen With Amoxicillin?');
  assert.equal(headline('Is it safe to take melatonin and sertraline together?'), 'Can You Take Melatonin With Sertraline?');
  assert.equal(headline('Bleeding after sex, should I worry?'), 'Bleeding After Sex: What It Can Mean');
  assert.equal(headline('Regarding involuntary muscle twitching?'), 'Involuntary Muscle Twitching: Causes and Solutions');
  assert.equal(headline('What causes a stabbing pain in my right ear?'), 'What Causes Ear Pain?');
  assert.equal(headline('How do I get rid of acne scars?', ['Acne']), 'How to Treat Acne Scars');
  assert.equal(headline('My HIV test results after 3 months?', ['HIV']), 'HIV: Understanding the Results');
});

test('complaints take the body part; plain phrases get a neutral frame', () => {
  assert.equal(headline('I have horrible pain along my right leg?'), 'Leg Pain: Causes and Solutions');
  assert.equal(headline('Had 8 teeth removed swelling has increased everyday since surgery?'), 'Tooth Swelling: Causes and Solutions');
  assert.equal(headline('Child was born with enlarged ventricles in her brain?'), 'Enlarged Ventricles: What to Know');
  assert.equal(headline('My lymph nodes under my arm are swollen. Pain level 8, need advice?'), 'Lymph Nodes: Causes and Solutions');
  assert.equal(headline('My granddaughter has been diagnosed with Coxsackie disease?'), 'Coxsackie Disease in Children: Causes and Treatment');
});

test('an FAQ topic heads the page only when the question or the doctor names it', () => {
  // Only retrieval suggested pericarditis: naming it would read as a diagnosis.
  assert.doesNotMatch(headline('I felt an electric shock like feeling in my chest?', ['Pericarditis']), /Pericarditis/);
  assert.equal(headline('Should I be worried about my heart?', ['Pericarditis'], 'x', 'this may be pericarditis'), 'Pericarditis: When to Worry');
  assert.match(headline('I was diagnosed with sciatica, what now?', ['Sciatica']), /^Sciatica: /);
});

test('question kinds', () => {
  assert.equal(questionKind('Why do I keep getting headaches?', ''), 'cause');
  assert.equal(questionKind('Is it normal to have a lump here?', ''), 'worry');
  assert.equal(questionKind('Best treatment for plantar fasciitis?', ''), 'treatment');
});

test('Chinese headlines name the shared term and the kind of question', () => {
  assert.equal(chineseHeadline('高血压什么原因引起的？', '', '高血压的原因比较多'), '高血压的常见原因与应对');
  assert.equal(chineseHeadline('有高血压的人能献血吗？', '', '高血压患者可以献血'), '高血压：能否献血？');
  assert.equal(chineseHeadline('胃疼怎么办', '吃完饭就胃疼', '胃疼多和饮食有关'), '胃疼的治疗与日常调理');
});

test('an acronym in the question names the FAQ topic it abbreviates', async () => {
  const { namesByAcronym } = await import('./faqRelevance.js');
  assert.ok(namesByAcronym('I have ADHD and OCD', 'Attention Deficit-Hyperactivity Disorder'));
  assert.ok(namesByAcronym('I have ADHD and OCD', 'Obsessive-Compulsive Disorder'));
  assert.ok(namesByAcronym('my copd is worse', 'Chronic Obstructive Pulmonary Disease'));
  assert.ok(!namesByAcronym('I am sad', 'Seasonal Affective Disorder'));
});

test('test results are not a complaint; the asker’s -ism is a condition', () => {
  assert.equal(headline('I have all the classic signs of hypothyroidism but lab results normal. Where to go from here?'), 'Hypothyroidism: Understanding the Results');
});

test('everyday words name the complaint, and the headline says what is asked and about whom', () => {
  assert.equal(headline('I get up three times a night to urinate, why?'), 'What Causes Night-Time Urination (Nocturia)?');
  assert.equal(headline('My eyelid keeps twitching for two weeks'), 'Eyelid Twitching: Causes and Solutions');
  assert.equal(headline('Is it normal to have swelling after wisdom tooth removal?'), 'Is Swelling Normal After Wisdom Tooth Removal?');
  assert.equal(headline('My 3 year old son has a fever and a rash, what causes it?'), 'What Causes Fever in Children?');
  assert.equal(headline('I am concerned about the side effects of taking Ferro Grad C'), 'Ferro Grad C: Side Effects and What to Watch For');
  assert.equal(headline('How can I get rid of my dizziness?'), 'How to Relieve Dizziness');
  assert.equal(headline('Lately I have a very funny feeling in my chest'), 'Chest Sensations: Causes and Solutions');
  // "breathe" names neither "Bad Breath" nor anything else the asker did not say.
  assert.doesNotMatch(headline('It hurts when I breathe deeply', ['Bad Breath']), /Bad Breath/);
  // Naming a treatment is not asking about it; "have" is not "take".
  assert.doesNotMatch(headline('I may have shingles, need advice?'), /^Can You Take/);
});

test('a medicine question names the medicines, never the amounts', () => {
  assert.equal(headline('Is it safe to take Mirtazapine 30ml, Aripiprazole 5ml and Sertraline 50ml per day?'), 'Can You Take Mirtazapine and Aripiprazole With Sertraline?');
  assert.equal(headline('Can I take ibuprofen 400 mg with amoxicillin?'), 'Can You Take Ibuprofen With Amoxicillin?');
});

test('a test or procedure the asker mentions does not head the page over a condition they name', () => {
  // Read on dev: "How to Treat Colonoscopy" for an IBD question.
  const ibd = 'I AM Diagnosed with Inflammatory bowel disease unclassified (IBDU) don’t want to stop treatment for another colonoscopy?';
  assert.equal(headline(ibd, ['Colonoscopy', 'Ulcerative Colitis']), 'How to Treat Inflammatory Bowel Disease');
  assert.equal(headline('Doctor is suggesting that Dialysis be done to get rid of the edema?', ['Dialysis', 'Edema']), 'How to Treat Edema');
  // With no condition named, the procedure may still head it.
  assert.match(headline('Is a colonoscopy painful?', ['Colonoscopy']), /Colonoscopy/);
});

test('a disease named for several body parts is not cut at its "and"', () => {
  assert.equal(headline('My kid was diagnosed with Hand Foot and Mouth Disease by one doc and chicken pox by another?'), 'Hand Foot and Mouth Disease in Children: Causes and Treatment');
  // Two things joined by "and" stay two things.
  assert.doesNotMatch(headline('Diagnosed with abnormal liver function and gallbladder disease, what should I do next?'), /Function and/);
});

test('a pregnancy and an unborn baby are no child', () => {
  assert.doesNotMatch(headline('I was told yesterday that my baby has no heart rate at 38 weeks and 3 days?', ['Abortion']), /in Children/);
  assert.doesNotMatch(headline('My baby is growing too slow, is it alarming?', ['Miscarriage']), /Miscarriage in Children/);
  // A child still is one.
  assert.match(headline('My baby is 8 weeks old and has a fever?'), /in Children/);
  assert.match(headline('My son has a fever and a cough?'), /in Children/);
});

test('a grave outcome a doctor only mentions does not head the page', () => {
  // The doctor's "miscarriage" would read as a verdict on "my baby is growing too slow".
  assert.doesNotMatch(headline('My baby is growing too slow, is it alarming?', ['Miscarriage'], 'My baby is growing too slow, is it alarming?', 'a miscarriage is unlikely at this stage, get a scan'), /Miscarriage/);
  // Named by the asker, it does.
  assert.match(headline('I had a miscarriage last month, when can we try again?', ['Miscarriage']), /Miscarriage/);
});
