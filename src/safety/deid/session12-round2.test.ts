import { test } from 'node:test';
import { assertKeeps, assertRemoves } from './testing/probes.js';

// Probe sentences written for these tests (session 12 round 2, not taken from any labelled set) for the classes v15b
// showed missing, in other names, cultures, orders and punctuation; with ordinary text of the same shape (drugs,
// eponyms, places, months, medical words) that must stay.

test('a name found once is removed wherever else the text writes it', () => {
  assertRemoves('name', [
    ['our son Mateo has croup. Mateo is 3 and barks all night', ['Mateo', 'Mateo']],
    ['my daughter Chiamaka had a fever; by Sunday chiamaka was eating again', ['Chiamaka', 'chiamaka']],
    ['My husband Siddharth takes metformin. Is it safe for Siddharth to fast?', ['Siddharth', 'Siddharth']],
    ['我女儿叫王思琪，思琪的妈妈是我。王思琪最近咳嗽', ['王思琪', '王思琪']],
  ]);
  assertKeeps('name', [
    'my son has croup and barks all night, Grace period on the insurance ended',
    'Parkinson disease runs in the family; Parkinson was an English surgeon',
  ]);
});

test('a list of names right after a plural kin word', () => {
  assertRemoves('name', [
    ['my kids Oskar, Wren and Jin all have lice', ['Oskar', 'Wren', 'Jin']],
    ['our twins Noor & Zayd have chickenpox', ['Noor', 'Zayd']],
    ['Her grandchildren: Tevita, Mele and Sione visit weekly', ['Tevita', 'Mele', 'Sione']],
    ['my two boys Finn and Kai keep getting ear infections', ['Finn', 'Kai']],
  ]);
  assertKeeps('name', [
    'my kids Both have a cough and a runny nose',
    'my parents Monday and Tuesday are at dialysis',
    'my kids Amoxicillin and Ibuprofen — which first?',
    'I gave my kids Tylenol and Motrin an hour apart',
    'our twins Zyrtec, Claritin and Benadryl all failed',
    'I alternate my kids Advil, Tylenol',
    'the children and adults with asthma should carry an inhaler',
  ]);
});

test('a dashed sign-off with a bracket or a role after the name', () => {
  assertRemoves('name', [
    ['My knee still clicks after the scope. Any advice?\n– Bronwyn (text me if easier)', ['Bronwyn']],
    ['Thanks all for the replies.\n— Tomasz, physio student', ['Tomasz']],
    ['吃了舍曲林两周，头晕正常吗？——Priya（有问题留言）', ['Priya']],
    ['以上是我的经验。\n——陈淑芬，护士\n欢迎交流', ['陈淑芬']],
  ]);
  assertKeeps('name', [
    'My knee still clicks after the scope.\n– Sent (from my phone)',
    'Took ibuprofen for two days — Motrin (the same thing) works too',
    'Any advice welcome.\n– Lipitor (10 mg) since March',
    '以上仅供参考。\n——来自手机，见谅',
  ]);
});

test('the speakers of a chat log whose turns repeat', () => {
  assertRemoves('name', [
    ['【兄弟群】\n大壮：爸血压又高了\n海生：我明天带他去医院\n大壮：药在柜子里', ['大壮', '海生', '大壮']],
  ]);
  assertKeeps('name', [
    '症状：咳嗽三天\n诊断：支气管炎\n用药：阿莫西林',
    '问：孩子发烧怎么办\n答：先物理降温\n问：什么时候去医院',
    '妈妈：我头晕\n医生：量一下血压\n妈妈：160',
  ]);
});

test("a Chinese name after a word for a person's other name", () => {
  assertRemoves('name', [
    ['外婆（布農族），漢名王秀蘭，高血壓二十年', ['王秀蘭']],
    ['我先生日本名山田太郎，最近胃痛', ['山田太郎']],
    ['孩子小名叫豆豆，发烧两天', ['豆豆']],
    ['我英文名Kevin，想问痛风', ['Kevin']],
  ]);
  assertKeeps('name', [
    '这个药中文名二甲双胍，饭后吃',
    '商品名是立普妥，通用名阿托伐他汀',
    '中文名阿莫西林，会过敏吗',
    '宝宝的小名叫什么好',
    '英文名是啥',
  ]);
});

test('a nickname of 阿 and a given name\'s character where a person stands', () => {
  assertRemoves('name', [
    ['我们宿舍除了阿斌都感冒了', ['阿斌']],
    ['昨天跟阿珍说了她的血糖', ['阿珍']],
  ]);
  assertKeeps('name', [
    '我阿姨有糖尿病',
    '吃了阿司匹林以后胃痛',
    '阿莫西林过敏怎么办',
    '阿伯说他头晕',
  ]);
});

test('record, passport and phone numbers of the shapes v15b showed missing', () => {
  assertRemoves(undefined, [
    ['Label reads Kim / MR 4410-2287 / allergies: none', ['Kim', '4410-2287']],
    ['Acct RX-44190, please call if delayed', ['Acct RX-44190']],
    ['护照号码E 5528107，来看病', ['E 5528107']],
    ['有事可以打6123 8890找我', ['6123 8890']],
    ['请拨打 2345 6789 预约', ['2345 6789']],
  ]);
  assertKeeps(undefined, [
    'Echo showed moderate MR 2+ and an EF of 55%',
    'acct balance is due on Friday',
    '打了3次胰岛素，每次10单位',
    '打针后血糖12.5',
  ]);
});

test('addresses: an office floor after the number, a line break after the road, a unit word that is a whole word', () => {
  assertRemoves('address', [
    ['寄到上海市浦东新区世纪大道88号金茂大厦35楼，谢谢', ['上海市浦东新区世纪大道88号金茂大厦35楼']],
    ['寄到\n杭州市西湖区文三路\n90号\n给我妈', ['杭州市西湖区文三路\n90号']],
    ['Send it to P.O. Box 5512, Tucson, AZ 85703 please', ['P.O. Box 5512, Tucson, AZ 85703']],
  ]);
  assertKeeps('address', ['103号附近的社区中心看病', 'floor exercises for 20 minutes, Flagstaff clinic']);
});

test('a repeated name is not repeated where the word is an eponym or an English word', () => {
  assertKeeps('name', [
    "Alzheimer's disease is common. Alzheimer's affects memory; Alzheimer described it.",
    'Being female is a risk. - Being over 50 too.',
  ]);
  assertRemoves('name', [["It's named after Dr. Alzheimer. Alzheimer's disease affects memory.", ['Alzheimer']]]);
});

test("a caller's name on a voicemail, in lower case", () => {
  assertRemoves('name', [
    ["hi this is ngozi calling about my mum's insulin", ['ngozi']],
    ['hello, it\'s faith from the school, call me back', ['faith']],
    ['yes hi this is bernadette about the scan results', ['bernadette']],
  ]);
  assertKeeps('name', ["hi it's will about the results", 'hello this is just about my rash', "hey it's me again about the cough"]);
});

test('a full name as a sentence of its own, and a person named before their record in brackets', () => {
  assertRemoves('name', [
    ['Patient ID 99120. Ngozi Adeyemi. Needs a repeat of salbutamol.', ['Ngozi Adeyemi']],
    ['Request below.\nSvetlana Petrova.\nPlease call.', ['Svetlana Petrova']],
    ['KT (MRN 5512093) has a UTI again.', ['KT']],
    ['Bogdan Ilić (DOB 3/4/51) is on warfarin', ['Bogdan Ilić']],
  ]);
  assertKeeps('name', [
    'I read about it. Gene Therapy. It is new.',
    'ICU (MRN on the wristband) called twice',
    'Echo (MR moderate) was fine.',
    'We flew there. Kaposi Sarcoma. Rare.',
  ]);
});

test('streets abroad that name the type first and the number after', () => {
  assertRemoves('address', [
    ['Envíenlo a Calle Mayor 12, 28013 Madrid por favor', ['Calle Mayor 12, 28013 Madrid']],
    ['moro na Rua Augusta 1500, apto 3', ['Rua Augusta 1500, apto 3']],
    ['abito in Via Garibaldi 7, 10122 Torino', ['Via Garibaldi 7, 10122 Torino']],
    ['Address: Avenida Insurgentes 300, Col. Del Valle, 03100 CDMX, gracias', ['Avenida Insurgentes 300, Col. Del Valle, 03100 CDMX']],
  ]);
  assertKeeps('address', ['sent via Email 2 times', 'Via Christi Hospital has 300 beds', 'Calle 8 is a famous street', 'Corso 2 of chemo']);
});
