/**
 * A small, realistic neighbourhood of content for the browser tests, made
 * with the factories: answered questions in two departments and languages,
 * FAQ entries, a doctor with a waiting question in the queue, a patient.
 */
import type { Runtime } from '../../src/runtime.js';
import { searchText } from '../../src/questions/text.js';
import { buildDoctor, buildPatient, buildQuestion } from '../helpers/factories.js';

export async function buildFaq(rt: Runtime, o: { question: string; answer: string; focus: string }) {
  const now = new Date().toISOString();
  return rt.database.db
    .insertInto('faqs')
    .values({
      external_id: `e2e:${o.focus}:${Math.random().toString(36).slice(2, 8)}`,
      source: 'OpenConsult tests',
      focus: o.focus,
      qtype: 'information',
      question: o.question,
      answer: o.answer,
      url: null,
      lang: 'en',
      license: null,
      search_text: searchText(o.question, o.focus),
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function seedNeighbourhood(rt: Runtime) {
  const doctor = await buildDoctor(rt, { department: 'neurology', name: 'Dr. Mei Tao', signOff: 'Dr. Tao, neurology clinic' });
  const patient = await buildPatient(rt, { name: 'Pat Reader' });
  await buildFaq(rt, {
    focus: 'Muscle twitching',
    question: 'What causes muscle twitching?',
    answer: 'Muscle twitches (fasciculations) are common. Stress, caffeine, lack of sleep and exercise can cause them. Most are harmless and go away on their own.',
  });
  await buildFaq(rt, {
    focus: 'Headache',
    question: 'When is a headache an emergency?',
    answer: 'A sudden, severe headache, or one with weakness, confusion or a stiff neck, needs emergency care.',
  });
  const main = await buildQuestion(rt, {
    title: 'Regarding involuntary muscle twitching?',
    department: 'neurology',
    doctorId: doctor.doctor.id,
    body: 'For two weeks the muscles in my calf and eyelid twitch on their own, several times a day. I sleep little and drink a lot of coffee. Should I be worried?\n\nI have no weakness and no pain.',
    answer:
      'Twitching like this is common and usually harmless, especially with little sleep and a lot of caffeine. Try regular sleep and less coffee for a few weeks.\n\nSee a doctor in person if you notice weakness, muscle wasting, or trouble swallowing or speaking.',
  });
  const titles = ['Eyelid twitching for a week', 'Muscle twitches in my calf at night', 'Twitching thumb after long computer work', 'Headache every afternoon at work'];
  for (const title of titles) {
    await buildQuestion(rt, { title, department: 'neurology', doctorId: doctor.doctor.id, body: `${title}. It comes and goes, worse when I am tired or drink coffee. Should I worry about it?` });
  }
  const chinese = await buildQuestion(rt, { title: '眼皮一直跳是怎麼回事？', lang: 'zh-Hant', department: 'neurology', doctorId: doctor.doctor.id, body: '最近兩個禮拜左眼皮一直跳，晚上特別明顯，睡眠也不太好，需要看醫生嗎？', answer: '眼皮跳多半和疲勞、壓力、咖啡因有關，通常會自己好。若持續數月或臉部其他地方也開始抽動，請就醫檢查。' });
  const waiting = await buildQuestion(rt, { title: 'Tingling in both feet for a month', department: 'neurology', answer: null, body: 'For a month both of my feet tingle, mostly at night. I am 52 and have type 2 diabetes. What could this be?' });
  // Enough answered questions for the department page to paginate.
  for (let i = 1; i <= 22; i++) {
    await buildQuestion(rt, { title: `Dizziness when standing up, case ${i}`, department: 'neurology', doctorId: doctor.doctor.id, body: `I get dizzy for a few seconds when I stand up quickly, case number ${i}. Is that normal?` });
  }
  await rt.related.sync(rt.database.db);
  return { doctor, patient, main, chinese, waiting };
}
