import { test } from 'node:test';
import { assertKeeps, assertRemoves } from './testing/probes.js';

// Probe sentences written for these tests (session 11 round 2, not taken from any labelled set) for the classes set
// v14b showed missing: other names, labels, titles and wording than v14b's lines. About 40% are ordinary text of the
// same shape (drugs, eponyms, departments, hospitals, places, ages under 90) that must stay.

test('a full name after a resident, employee or power-of-attorney label; a surname after its own label', () => {
  assertRemoves('name', [
    ['Resident: Perpetua Nwachukwu\nAllergies: penicillin', ['Perpetua Nwachukwu']],
    ['POA: Desmond Okonkwo 0419 555 201', ['Desmond Okonkwo']],
    ['Employee: Marisol Quintero\nReturn to work date after carpal tunnel release', ['Marisol Quintero']],
    ['Surname: Wojciechowski  Given name: Agata', ['Wojciechowski', 'Agata']],
    ['This is to certify that Thibault Mercier was seen today with tonsillitis.', ['Thibault Mercier']],
  ]);
  assertKeeps('name', [
    'Resident: Yes, lives in a care home since March',
    'Discharge: Home Care package arranged',
    'Surname: Smith is not enough for the pharmacy to find the script',
    'I can certify that Amoxicillin was taken for seven days.',
    'Employee: Health Services occupational clinic',
  ]);
});

test('the speakers of a chat log with timestamps or in lower case, and Chinese nicknames as speakers', () => {
  assertRemoves('name', [
    ['[09:14] nadia: did the metformin upset ur stomach\n[09:15] kevin: a bit, the XR is better', ['nadia', 'kevin']],
    ['小慧：我爸的血糖又高了\n阿杰：要不要加二甲双胍？\n小慧：医生说先控饮食', ['小慧', '阿杰', '小慧']],
    ['家族群：\n大周：体检报告出来了，血压150\n阿玲：少吃盐吧', ['大周', '阿玲']],
    ['小慧：阿杰，你爸的胃镜约好了吗\n阿杰：约好了', ['小慧', '阿杰', '阿杰']],
  ]);
  assertKeeps('name', [
    '[09:14] note: take the levothyroxine before breakfast\n[09:15] edit: on an empty stomach',
    '医生：血糖控制得怎么样？\n患者：还可以，空腹7左右',
    '问：二甲双胍伤肾吗？\n答：肾功能正常不伤',
  ]);
});

test("a Chinese name before a doctor's or nurse's title the older rules lacked, and a clinician signing a notice", () => {
  assertRemoves('name', [
    ['我在网上找了周建国大夫看糖尿病，他开了格列美脲。', ['周建国']],
    ['這次衛教由林雅婷護理師主講胰島素注射。', ['林雅婷']],
    ['请于下周复查甲状腺超声。内分泌科个管师 郑晓燕', ['郑晓燕']],
    ['美玲您好，您的骨密度報告出來了，T值-2.6。', ['美玲']],
  ]);
  assertKeeps('name', [
    '这位大夫说帕金森病要吃美多芭。',
    '请问中医大夫说的肝郁是什么意思？',
    '醫生您好，我想問一下甲狀腺結節的事。',
    '台大醫院護理師說要多喝水。',
  ]);
});

test("titles of other languages, grandparents in other languages, their ages over 89", () => {
  assertRemoves('name', [
    ['Su médico, la Dra. Villanueva, le recetó salbutamol.', ['Villanueva']],
    ['Mevr. Annelies Bakker heeft diabetes type 2.', ['Annelies Bakker']],
    ['Dhr. Maarten de Graaf, 71, AF on apixaban', ['Maarten de Graaf']],
    ['My nonna Graziella has had a cough for a week.', ['Graziella']],
  ]);
  assertRemoves('age-over-89', [
    ['my abuela is 96 now and they started her on apixaban', ['96']],
    ['Our kuia is ninety-four and lives in Gisborne.', ['ninety-four']],
  ]);
  assertKeeps(undefined, [
    'My nonna is 84 and takes amlodipine.',
    'my oma has Hashimoto thyroiditis and takes levothyroxine 75 mcg',
    'Frau doctors at the Charité in Berlin treat Graves disease.',
  ]);
});

test('a long Nordic personal number after its word, and an Australian UR number', () => {
  assertRemoves('national-id', [
    ['Patientens personnummer 19710503-2286 finns i journalen.', ['19710503-2286']],
    ['Hans personnummer är 19881130-0418 enligt remissen.', ['19881130-0418']],
  ]);
  assertRemoves('mrn', [['Transferred from Box Hill, UR 5529104, for PCI.', ['5529104']]]);
  assertKeeps(undefined, ['UR infection was treated with nitrofurantoin 100 mg for 5 days.', 'Urine culture at the Royal Melbourne Hospital grew E. coli.']);
});
