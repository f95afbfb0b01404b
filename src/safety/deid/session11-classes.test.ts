import { test } from 'node:test';
import { assertKeeps, assertRemoves } from './testing/probes.js';

// Probe sentences written for these tests (session 11, not taken from any labelled set) for the classes set v14a
// showed missing: other names, other labels, other wording and languages than v14a's lines. About 40% are ordinary
// text of the same shape (drugs, eponyms, departments, places, ages under 90, appointment dates) that must stay.

test('a full name after a label of a person on a form, a claim or a letter', () => {
  assertRemoves('name', [
    ['Policyholder: Oluwaseun Adebayo\nGroup no. on the back of the card', ['Oluwaseun Adebayo']],
    ['Next of kin: Lê Thị Hương (daughter) 0412 889 301', ['Lê Thị Hương']],
    ['Attn: Bogdan Petrović\nYour biopsy results are ready to collect.', ['Bogdan Petrović']],
    ['Cardholder: Siddharth Venkataraman, exp 09/27', ['Siddharth Venkataraman']],
    ['Informant: Guadalupe Ramírez Ortega (mother), history of febrile seizures', ['Guadalupe Ramírez Ortega']],
  ]);
  assertKeeps('name', [
    'To: All Staff\nFlu clinic on Friday 14 March',
    'Contact: Kaiser Permanente Member Services',
    'From: Mayo Clinic Patient Portal',
    'Emergency contact: Call Triple Zero first',
    'To: Pharmacy Team, re warfarin dose',
    'Member: Blue Cross plan since 2019',
  ]);
});

test("a person after a referral's verb, or before a clinician's age-and-sex shorthand", () => {
  assertRemoves('name', [
    ['I am referring Ngaire Brown, 61F, with painless haematuria.', ['Ngaire Brown']],
    ['Referral for Hinewai Parata, who has a venous leg ulcer.', ['Hinewai Parata']],
    ['Ward round: R.T., 71F, day 3 after hip ORIF, mobilising with a frame.', ['R.T.']],
    ['Bed 4 — Tevita Fifita (44 M), chest pain settled overnight.', ['Tevita Fifita']],
  ]);
  assertKeeps('name', [
    'Case 3, 45M, presented with chest pain at Royal Perth Hospital.',
    "Regarding Crohn's Disease, is fasting safe for a 62-year-old?",
    'Type 2, 58M, on metformin and gliclazide.',
    'Seen in Cardiology Clinic, 60M with AF, review on 3 June.',
    'Warfarin, 70M, INR 3.4 this week.',
  ]);
});

test('a name before "here" after any greeting, and "my name is" in other languages', () => {
  assertRemoves('name', [
    ["G'day all, Bazza here, my knee's still swollen after the scope.", ['Bazza']],
        ['Hi all, Máire Ó Conaill here with a question about statins.', ['Máire Ó Conaill']],
    ['Mi nombre es Xóchitl Tlapa y tengo diabetes tipo 2.', ['Xóchitl Tlapa']],
    ['Tên tôi là Võ Thị Lan, bác sĩ nói tôi bị viêm dạ dày.', ['Võ Thị Lan']],
    ["Je m'appelle Amadou Diallo, j'ai de l'asthme depuis l'enfance.", ['Amadou Diallo']],
  ]);
  assertKeeps('name', [
    'Hello, Worried Mum here, my son is 4.',
    'Morning all, Type 1 here for 20 years.',
    'Hi all, newbie here with a question about Graves disease.',
    'em tên là gì cũng được, tôi bị đau dạ dày',
  ]);
});

test('lower-case texting: a listed name addressed after an interjection, or after my and a role', () => {
  assertRemoves('name', [
    ['omg priya u need to see someone about that cough', ['priya']],
    ['yo darnell, you should ice it and keep it up', ['darnell']],
    ['my chiro svetlana cracked my neck and now my fingers tingle', ['svetlana']],
    ['my mate kieran reckons creatine is fine for kidneys', ['kieran']],
  ]);
  assertKeeps('name', [
    'omg she needs to see a doctor about that cough',
    'my physio said rest it for six weeks',
    'my doc prescribed amoxicillin for the ear',
    'lol grace u are so dramatic about needles',
    'my coach gave me tape for the ankle',
  ]);
});

test('the speakers of a chat log, in English and Chinese', () => {
  assertRemoves('name', [
    ['Wojtek: my ankle is still blue\nBartosz: did they x-ray it?\nWojtek: yes, no fracture', ['Wojtek', 'Bartosz', 'Wojtek']],
    ['美玲：我媽最近血糖好高\n俊傑：有在打胰島素嗎？', ['美玲', '俊傑']],
    ['王建国：我爸住院了\n李秀英：哪家医院？', ['王建国', '李秀英']],
  ]);
  assertKeeps('name', [
    'Doctor: take it with food\nPatient: for how long?',
    'Allergies: none\nMedications: metformin 500 mg',
    '醫生：多喝水\n病人：好的，謝謝',
    '診斷：感冒\n處方：普拿疼',
  ]);
});

test('Chinese: a name after a peer word, a name signing the post off, a contact for the patient', () => {
  assertRemoves('name', [
    ['網友小蓉推薦我去看中醫', ['小蓉']],
    ['群組的版主是老陳，可以問他', ['老陳']],
    ['糖友林秀琴也在打這個針', ['林秀琴']],
    ['请问术后多久可以洗澡？谢谢。刘俊杰', ['刘俊杰']],
    ['做完化疗一年了，欢迎私信交流～朵朵', ['朵朵']],
    ['家屬陳德，電話另附', ['陳德']],
    ['监护人王建军，手机另附', ['王建军']],
    ['落款：周晓峰', ['周晓峰']],
    ['小林（我同事）说要多喝水', ['小林']],
  ]);
  assertKeeps('name', [
    '我的病友都說要多喝水',
    '朋友介紹的台大醫院很好',
    '请问术后多久可以洗澡？谢谢',
    '有人知道嗎？在线等',
    '我吃了很多藥。感謝大家',
    '家属陪同下来院就诊',
    '同事小孩发烧了，39度',
    '高血压（我爸）怎么办',
  ]);
});

test('Chinese: a full name as a clause beside an identifier, an addressee, a senior title, a surname with 某', () => {
  assertRemoves('name', [
    ['医保卡号另附，张伟明，糖尿病十年', ['张伟明']],
    ['致林淑惠女士：您的檢查結果已出來', ['林淑惠']],
    ['陳怡君藥師說這個藥要飯後吃', ['陳怡君']],
    ['病人李某，男，67岁，肺癌术后', ['李某']],
    ['致黄志明家长：孩子的疫苗本请带来', ['黄志明']],
  ]);
  assertKeeps('name', [
    '电话打不通，很着急，怎么办',
    '致病菌是什么？要吃抗生素吗',
    '护士长说要两小时翻身一次',
    '某些药物会伤肝，比如对乙酰氨基酚',
    '尊敬的医生，您好，我父亲85岁',
    '北京协和医院内分泌科，周三上午的号',
  ]);
});

test("national numbers of other countries after their word, and Korea's resident number by its shape", () => {
  assertRemoves('national-id', [
    ['her RRN is 920315-2123456 on the insurance form', ['920315-2123456']],
    ['AMKA: 01018512345, allergic to penicillin', ['01018512345']],
    ['CPF 987.654.321-00 no cadastro da farmácia', ['987.654.321-00']],
    ['mi cédula es 1-0456-0789 por si la necesitan', ['1-0456-0789']],
    ['TC kimlik no 12345678901, insülin kullanıyorum', ['12345678901']],
    ['national identification number 8501 1234 5678 on the claim', ['8501 1234 5678']],
    ['Patient Kim Min-ji, 781123-1234567, presented with gastritis', ['781123-1234567']],
    ['carte Vitale 1 85 05 78 006 084 36 pour la mutuelle', ['1 85 05 78 006 084 36']],
    ['Thai ID 1-1020-12345-67-8 at the hospital desk', ['1-1020-12345-67-8']],
  ]);
  assertKeeps('national-id', [
    'NSS 0.9% 500 ml over 4 hours',
    'the identity of the rash was unclear after 3 visits',
    'CPF reset after 2 shifts',
    'call 555-123-4567 for the national identity card office',
    'HbA1c 7.2%, eGFR 58, appointment 2024-06-12',
    'Photo ID is needed at the 8 am clinic',
  ]);
});
