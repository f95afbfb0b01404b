import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBuiltin } from './builtin.js';
import { validateGenerated } from './validate.js';
import { citationNumbersIn } from './citations.js';
import { sharedDataPresent } from './testing/sharedData.js';
import { chineseInputs } from './testing/chineseInputs.js';
import { detectLang } from './text/script.js';
import type { EnrichmentInput } from './types.js';

const missing = !sharedDataPresent('seed_qa_zh.jsonl') && '../shared/data/seed_qa_zh.jsonl is missing';
if (missing) console.log(`# skipped: ${missing}`);

test('Chinese questions: cited text in the question’s own script, citations resolve', { skip: missing || false }, (t) => {
  const inputs = chineseInputs(60);
  let withInfo = 0;
  for (const input of inputs) {
    const out = generateBuiltin(input);
    assert.deepEqual(validateGenerated(out, input), [], input.question.title);
    assert.equal(detectLang(out.headline), input.question.lang === 'zh-Hant' ? 'zh-Hant' : detectLang(out.headline));
    if (!out.moreInfo) continue;
    withInfo++;
    assert.equal(detectLang(out.moreInfo.text), input.question.lang);
    for (const n of citationNumbersIn(out.moreInfo.text)) {
      const source = out.moreInfo.sources.find((s) => s.n === n)!;
      assert.ok(input.passages.some((p) => p.url === source.url), `[${n}] does not resolve`);
    }
    // Nothing that reads as a diagnosis of this asker survives from the doctors' replies.
    assert.doesNotMatch(out.moreInfo.text, /考虑是|考慮是|你这是|你這是/);
  }
  t.diagnostic(`${withInfo}/${inputs.length} Chinese questions got More Info`);
  assert.ok(withInfo >= inputs.length * 0.7);
});

test('a Chinese question with little to go on gets no More Info, not an invented one', () => {
  const input: EnrichmentInput = {
    question: { title: '头疼怎么办？', body: '最近头疼。', lang: 'zh-Hans', department: { slug: 'neurology', name: 'Neurology' } },
    answers: [{ text: '你好，考虑是感冒引起的。', doctorName: '王医生' }],
    passages: [{ id: 'answer:1', kind: 'doctor-answer', title: '医生回答', url: '/questions/1#answer-1', text: '你好，考虑是感冒引起的。', lang: 'zh-Hans' }],
  };
  const out = generateBuiltin(input);
  assert.equal(out.moreInfo, null);
  assert.match(out.headline, /头疼/);
});

test('doses and diagnoses in a Chinese answer are dropped, the advice after them kept', () => {
  const answer = '你好，根据你的描述，考虑是胃炎，建议清淡饮食，避免辛辣刺激的食物。可以口服奥美拉唑，每次20毫克，每日两次。平时注意规律作息，保持心情舒畅，不要熬夜。胃炎的发生和饮食不规律、幽门螺杆菌感染有关。';
  const input: EnrichmentInput = {
    question: { title: '胃疼是怎么回事？', body: '饭后胃疼，有时反酸。', lang: 'zh-Hans', department: { slug: 'gastroenterology', name: 'Gastroenterology' } },
    answers: [{ text: answer, doctorName: '李医生' }],
    passages: [{ id: 'answer:2', kind: 'doctor-answer', title: '医生回答', url: '/questions/2#answer-1', text: answer, lang: 'zh-Hans' }],
  };
  const out = generateBuiltin(input);
  assert.ok(out.moreInfo, `${out.warnings}`);
  assert.deepEqual(validateGenerated(out, input), []);
  assert.match(out.moreInfo.text, /建议清淡饮食/);
  assert.doesNotMatch(out.moreInfo.text, /毫克|每日两次|考虑是/);
  assert.match(out.moreInfo.text, /就诊。?[^\n]*$/);
});

test('a Chinese answer’s named medicines, prices and words about the asker’s relative are left out', () => {
  const answer = '糖尿病的患者应当口服一些调整血糖的药物，常用的有二甲双胍，格列比嗪，瑞格列奈等。干细胞治疗糖尿病费用大约在2~3万左右。你的亲属体重明显超标，三天前检查发觉患糖尿病。糖尿病患者平时要控制饮食，少吃过甜的食物，多吃粗纤维的食物。坚持适量运动，按时复查血糖，保持心情舒畅。';
  const input: EnrichmentInput = {
    question: { title: '糖尿病怎么治疗？', body: '家里老人查出糖尿病，平时要注意什么？', lang: 'zh-Hans', department: { slug: 'endocrinology', name: 'Endocrinology' } },
    answers: [{ text: answer, doctorName: '张医生' }],
    passages: [{ id: 'answer:3', kind: 'doctor-answer', title: '医生回答', url: '/questions/3#answer-1', text: answer, lang: 'zh-Hans' }],
  };
  const out = generateBuiltin(input);
  assert.ok(out.moreInfo, `${out.warnings}`);
  assert.match(out.moreInfo.text, /控制饮食/);
  assert.doesNotMatch(out.moreInfo.text, /二甲双胍|万左右|亲属/);
});
