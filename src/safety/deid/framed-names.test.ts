import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deidentify } from './deidentify.js';
import { looksLikeGivenName } from './given-name-characters.js';
import { removedNames } from './redaction-probes.js';

// Probe sentences written for these tests (not taken from any labelled set): names of any culture that no
// gazetteer holds, found by the frame around them (framed-names-en.ts, framed-names-zh.ts), and the ordinary
// words, medicines and eponyms that stand in the same frames and must stay.
const names = removedNames;

test('English: a name before a relationship, beside the asker, thanked, greeted, or from where the asker goes', () => {
  assert.deepEqual(names('Kwabena my husband has had gout twice this year'), ['Kwabena']);
  assert.deepEqual(names('Yusuf (my son) uses his inhaler twice a day'), ['Yusuf']);
  assert.deepEqual(names('me and Anjali went to urgent care for the rash'), ['Anjali']);
  assert.deepEqual(names('Akosua and I both have the flu'), ['Akosua']);
  assert.deepEqual(names('Thanks Oluwaseun and Raj for the advice last week.'), ['Oluwaseun', 'Raj']);
  assert.deepEqual(names('Hi Thandiwe, thanks for answering last time'), ['Thandiwe']);
  assert.deepEqual(names('Update from Chinonso: the ferritin went up to 40'), ['Chinonso']);
  assert.deepEqual(names('Posted by Grandpa_Joe77: my grandson wets the bed'), ['Grandpa_Joe77']);
  assert.deepEqual(names('Big Tunde from my gym says creatine ruins kidneys'), ['Big Tunde']);
  assert.deepEqual(names('I took Ananya to the ER last night'), ['Ananya']);
  assert.deepEqual(names("I'm worried about Tariq, he's 4 and has a fever"), ['Tariq']);
  assert.deepEqual(names('Kofi here, I have had a cough for 2 weeks'), ['Kofi']);
});

test('English lower-case texting: a name before a possessive kin word, after "name is", before "is my"', () => {
  assert.deepEqual(names("texted jaylen's mom about the lice"), ['jaylen']);
  assert.deepEqual(names('my daughters name is nevaeh shes 5'), ['nevaeh']);
  assert.deepEqual(names('forgot to say brynlee is my daughter, 7'), ['brynlee']);
});

test('English: words, medicines and eponyms in the same frames stay', () => {
  for (const keep of [
    'Will my husband need surgery for this?',
    'Diabetes my husband has had for years',
    "I'm Taiwanese and I'm pregnant",
    'Mom and I both got the flu',
    'Thanks everyone for the replies!',
    'Thanks in advance for any help',
    'Update from Taiwan: my ferritin is up',
    'Someone from my gym said creatine is bad',
    'I took Tylenol to help the pain',
    'After Tylenol, he was fine',
    "My Crohn's is flaring again",
    "What is Addison's disease?",
    'Hello Doctors, I need help',
    'This is my daughter, she is 9',
    'asked by many patients: is this normal',
    'Taiwanese here, a question about hepatitis B',
    'Newbie here, hi all',
    'UK here. NHS number pending',
  ]) {
    assert.deepEqual(names(keep), [], keep);
  }
});

test('Chinese: a given name right after a kin word, in Traditional and Simplified', () => {
  assert.deepEqual(names('老公冠宇今天量血壓160/100'), ['冠宇']);
  assert.deepEqual(names('我女兒詩涵發燒38.9度兩天了'), ['詩涵']);
  assert.deepEqual(names('我儿子俊豪过敏性鼻炎，天天流鼻涕'), ['俊豪']);
  assert.deepEqual(names('闺蜜小婷说月经推迟是因为多囊'), ['小婷']);
  assert.deepEqual(names('我弟柏翰打球扭到腳踝'), ['柏翰']);
  assert.deepEqual(names('阿嬤陳林秀英失智三年了'), ['陳林秀英']);
  assert.deepEqual(names('我老婆Vivian懷孕28週'), ['Vivian']);
  assert.deepEqual(names('宏志他爸吴国栋脑梗以后说话不利索'), ['宏志', '吴国栋']);
});

test('Chinese: a name after a verb of taking or telling, a nickname before speech, a role and a colon', () => {
  assert.deepEqual(names('昨天带赵国华去医院拍片'), ['赵国华']);
  assert.deepEqual(names('今天陪孙磊去复查'), ['孙磊']);
  assert.deepEqual(names('帶著林怡君去看皮膚科'), ['林怡君']);
  assert.deepEqual(names('跟老黄说了好几回，他打呼噜特别响'), ['老黄']);
  assert.deepEqual(names('阿凱說他膝蓋痛是退化性關節炎'), ['阿凱']);
  assert.deepEqual(names('我和佩琪都有过敏'), ['佩琪']);
  assert.deepEqual(names('患者：刘建军，高血压三级'), ['刘建军']);
  assert.deepEqual(names('帶冠宇去打疫苗'), ['冠宇']);
  assert.deepEqual(names('跟Kevin說了他還是不聽'), ['Kevin']);
  assert.deepEqual(names('俊宏說他頭痛，是偏頭痛嗎'), ['俊宏']);
});

test('Chinese: ordinary words after kin words and verbs stay', () => {
  for (const keep of [
    '老公今天量血压', '女儿平常很乖', '我妈妈明天要去看医生', '女儿知晓后骂我', '孩子聪明活泼', '我女儿聪明伶俐',
    '我妈嘉义人', '带孩子去打疫苗', '跟老公说了', '跟医生说了', '跟老师说了', '陪老公去醫院', '小孩说肚子痛',
    '阿嬤說不要吃冰', '老婆怀孕三个月', '儿子顺利出生', '老公建议我去看医生', '和朋友一起去', '带宝宝去打疫苗', '陪家人去医院',
    '醫生說要多喝水', '大家說這個藥很好', '新聞說流感很嚴重', '明明說好了',
  ]) {
    assert.deepEqual(names(keep), [], keep);
  }
  assert.ok(looksLikeGivenName('俊宏') && !looksLikeGivenName('今天') && !looksLikeGivenName('美国'));
});

test('an exact age over 89 is hidden wherever the writer marks it', () => {
  assert.equal(deidentify('my father, age 93, on warfarin').text, 'my father, age 90+, on warfarin');
});
