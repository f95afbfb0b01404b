// A small hand-written input and a model reply that keeps every rule, for tests that need no shared data.
import type { EnrichmentInput, Passage } from '../types.js';

export const twitchInput: EnrichmentInput = {
  question: {
    title: 'Regarding involuntary muscle twitching?',
    body: 'For two weeks the muscles in my calves and eyelid twitch many times a day. What causes this and what can I do?',
    lang: 'en',
    department: { slug: 'neurology', name: 'Neurology' },
  },
  answers: [{ text: 'twitching like this is commonly benign. reduce caffeine and sleep well. see a neurologist if weakness appears.', doctorName: 'Dr. Tao' }],
  passages: [
    {
      id: 'faq:1',
      kind: 'faq',
      title: 'What causes muscle twitching?',
      url: '/faq/1',
      focus: 'Muscle Twitching',
      qtype: 'causes',
      lang: 'en',
      text:
        'Muscle twitches are small, involuntary contractions of a few muscle fibers. Most muscle twitches are harmless and go away on their own. Common causes of muscle twitching include stress, anxiety, too much caffeine, lack of sleep and hard exercise. Some medicines can also cause muscle twitching as a side effect.\n\nRarely, twitching that comes with muscle weakness or loss of muscle size can be a sign of a disease of the nerves.',
    },
    {
      id: 'faq:2',
      kind: 'faq',
      title: 'What are the treatments for muscle twitching?',
      url: '/faq/2',
      focus: 'Muscle Twitching',
      qtype: 'treatment',
      lang: 'en',
      text:
        'Harmless muscle twitching usually does not need treatment. Getting enough sleep, cutting back on caffeine and finding ways to manage stress can make twitches less frequent. Gentle stretching and massage may relax a twitching muscle. Treatment for twitching caused by another condition depends on that condition.\n\nTalk with your health care provider if twitching lasts for weeks, spreads, or comes with weakness, numbness or trouble walking.',
    },
    {
      id: 'answer:9',
      kind: 'doctor-answer',
      title: 'Answer by Dr. Tao',
      url: '/questions/5#answer-9',
      lang: 'en',
      text: 'twitching like this is commonly benign. reduce caffeine and sleep well. see a neurologist if weakness appears.',
    },
  ],
};

/** About 170 words, citing passages 1 and 2 only, ending with when to see a doctor. */
export const goodMoreInfo = [
  'Muscle twitches are small, involuntary contractions of a few muscle fibers [1]. Most of them are harmless and go away on their own without any treatment [1][2].',
  'Common triggers include stress, anxiety, too much caffeine, lack of sleep and hard exercise [1]. Some medicines can also cause twitching as a side effect, so a list of current medicines is useful to bring to an appointment [1]. Rarely, twitching that comes with muscle weakness or a loss of muscle size can be a sign of a disease of the nerves [1].',
  'Getting enough sleep, cutting back on caffeine and finding ways to manage stress can make twitches less frequent over the following weeks [2]. Gentle stretching and massage may relax a twitching muscle when it starts [2]. When twitching is caused by another condition, its treatment depends on that condition and is chosen together with a doctor [2].',
  'Talk with your health care provider if twitching lasts for weeks, spreads to other muscles, or comes with weakness, numbness or trouble walking [2]. Call your local emergency number for sudden weakness or trouble speaking.',
].join('\n\n');

/** A MedQuAD-style "What is (are) …" entry on `focus`, as faqSourcesFor passes it. */
export const faqPassage = (focus: string, text = `${focus} is a condition. It has causes and treatments.`): Passage => ({
  id: `faq:${focus}`,
  kind: 'faq',
  title: `What is (are) ${focus} ?`,
  url: `/faq/${encodeURIComponent(focus)}`,
  text,
  focus,
  qtype: 'information',
  lang: 'en',
});
