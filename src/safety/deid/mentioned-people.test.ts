import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deidentify } from './deidentify.js';
import { removedSpans } from './redaction-probes.js';

// Probe sentences written for these tests (not taken from any labelled set).
const removed = (text: string, kind = 'name') => removedSpans(text, kind);

test('relatives named after a kin word, in any case, with accents and initials', () => {
  assert.deepEqual(removed('I am writing about my father Walter, who has gout.'), ['Walter']);
  assert.deepEqual(removed('My stepdaughter Inès Lavoie (age 6) has a rash.'), ['Inès Lavoie']);
  assert.deepEqual(removed('our 3 year old son Mateo keeps coughing'), ['Mateo']);
  assert.deepEqual(removed('my sister-in-law, Brigitte, is on warfarin'), ['Brigitte']);
  assert.deepEqual(removed("My partner Siobhán O'Neill has migraines"), ["Siobhán O'Neill"]);
  assert.deepEqual(removed('ok so my bf marco and i both have a sore throat'), ['marco']);
  assert.deepEqual(removed('Her carer Dolores gives the insulin at 8.'), ['Dolores']);
  assert.deepEqual(removed('Everyone calls him Bud, he is 70.'), ['Bud']);
});

test('clinicians named after a title; lower case after "dr"', () => {
  assert.deepEqual(removed('Dr. Okonkwo-Hale ordered an MRI.'), ['Okonkwo-Hale']);
  assert.deepEqual(removed('my GP Dr Ruth Abney said it was fine'), ['Ruth Abney']);
  assert.deepEqual(removed('i saw dr kowalski last week and he said wait'), ['kowalski']);
  assert.deepEqual(removed('Ms. Ferreira, the nurse, took my blood'), ['Ferreira']);
  assert.deepEqual(removed('Nurse Odile said to rest'), ['Odile']);
});

test('introductions and signatures', () => {
  assert.deepEqual(removed('Hi everyone, Tomasz Wójcik here. My knee hurts.'), ['Tomasz Wójcik']);
  assert.deepEqual(removed("Name's Cliff Barnes, 52, chest tightness."), ['Cliff Barnes']);
  assert.deepEqual(removed('Any ideas? Thanks in advance.\n— Lorraine K.'), ['Lorraine K.']);
  assert.deepEqual(removed('is this normal?? thanks, bea'), ['bea']);
  assert.deepEqual(removed('Should I worry? -Graham (graham.p@example.org)'), ['Graham']);
  assert.deepEqual(removed('hey its dana again, still itchy'), ['dana']);
});

test('what must stay: eponyms, doctors as services, hospitals, months, bare kin words, lists, lower-case prose', () => {
  const keep = [
    "My dad has Parkinson's and my mom has Hashimoto's.",
    "My aunt Addison's disease was diagnosed in May",
    "My grandmother's Crohn's disease flared on Monday.",
    'I asked Dr. Google and now I am scared.',
    'We went to St. Luke\'s on Tuesday, then Mom drove me home.',
    'My son Has been sick since Friday.',
    'my mom said it was fine and my dad agreed',
    'hi its allergic dermatitis, use a cream',
    'my baby keeps crying after feeding',
    'Symptoms include:\n- Fever\n- Headache\n- Fatigue',
    'Talk to Your Doctor About the flu. Click here to learn more.',
    'Child Development and Newborn Screening are covered here.',
    'My husband Type 2 diabetes, on metformin.',
    'Taiwanese here, worried about my liver.',
    "I wear Dr. Scholl's inserts and drink Dr Pepper.",
    'my son May need stitches',
    '我爸胡言乱语，我媽房顫，石膏拆了，葉黃素吃多少？',
    '我是师姐介绍来的',
    '我爸最近血壓很高，我媽說要看醫生。',
    '寶寶試試看這個藥可以嗎？',
    '謝謝醫生！',
    '我是高血壓患者，想問吃藥的事。',
    '我女兒十歲，最近咳嗽。',
    '我老公小三陽，要打疫苗嗎？',
  ];
  for (const text of keep) assert.deepEqual(removed(text), [], text);
});

test('Chinese relatives, titles, nicknames and signatures', () => {
  assert.deepEqual(removed('我外婆蔡淑芬今年八十歲，膝蓋痛。'), ['蔡淑芬']);
  assert.deepEqual(removed('我老公阿明晚上會喘。'), ['阿明']);
  assert.deepEqual(removed('宝宝豆豆发烧两天了'), ['豆豆']);
  assert.deepEqual(removed('骨科游醫師建議開刀。'), ['游醫師']);
  assert.deepEqual(removed('平时是孙阿姨照顾奶奶'), ['孙阿姨']);
  assert.deepEqual(removed('敝姓方先生，想問痛風。'), ['方先生']);
  assert.deepEqual(removed('我兒子子軒（三歲）一直流鼻水'), ['子軒']);
  assert.deepEqual(removed('謝謝大家。—小琪'), ['小琪']);
  assert.deepEqual(removed('我是Ivy，氣喘十年了'), ['Ivy']);
});

test('ages of 90 and over in more phrasings; the unit stays in the replacement', () => {
  assert.equal(deidentify('My neighbour Agnes is 93 and lives alone').text, 'My neighbour [name removed] is 90+ and lives alone');
  assert.equal(deidentify('a ninety-seven-year-old man').text, 'a 90+-year-old man');
  assert.equal(deidentify('Grandpa just turned one hundred and two!').text, 'Grandpa just turned 90+!');
  assert.equal(deidentify('my 91 y/o nan').text, 'my 90+ y/o nan');
  assert.equal(deidentify('曾祖母九十八歲了').text, '曾祖母90+歲了');
  assert.equal(deidentify('太奶奶百岁了').text, '太奶奶90+岁了');
  // Not ages: vitals and measures after a person word.
  assert.deepEqual(removed('he is 99 degrees tonight, SpO2 94, she is 95% sure', 'age-over-89'), []);
  assert.deepEqual(removed('Her oxygen is 92 and pulse 110', 'age-over-89'), []);
});

test('addresses with towns and postal codes, flats, PO boxes, other languages', () => {
  assert.deepEqual(removed('Send it to 4 Elm Court, Apt 2C, Dayton, OH 45402 please', 'address'), ['4 Elm Court, Apt 2C, Dayton, OH 45402']);
  assert.deepEqual(removed('We live at 9 Holly Mews, Exeter EX4 6PJ now', 'address'), ['9 Holly Mews, Exeter EX4 6PJ']);
  assert.deepEqual(removed('Unit 5, 230 Harbour Road, Halifax, NS B3H 1Z2', 'address'), ['Unit 5, 230 Harbour Road, Halifax, NS B3H 1Z2']);
  assert.deepEqual(removed('write to P.O. Box 88, Taos, NM 87571', 'address'), ['P.O. Box 88, Taos, NM 87571']);
  assert.deepEqual(removed('vivo en 12 Calle Mayor, Madrid', 'address'), ['12 Calle Mayor']);
  assert.deepEqual(removed('wohne in der Lindenstraße 14 seit Jahren', 'address'), ['Lindenstraße 14']);
  assert.deepEqual(removed('住在宜蘭縣羅東鎮中正北路12號3樓之1', 'address'), ['宜蘭縣羅東鎮中正北路12號3樓之1']);
  assert.deepEqual(removed('家在杭州市西湖区文三路90号5号楼302室', 'address'), ['杭州市西湖区文三路90号5号楼302室']);
  // Not addresses: counts, doses and sizes.
  assert.deepEqual(removed('took 2 Advil PM and walked 3 km to the park', 'address'), []);
});

test('more phone, record and document numbers; personal domains', () => {
  assert.deepEqual(removed('ring me on 07123 456789 after 6', 'phone'), ['07123 456789']);
  assert.deepEqual(removed('my record number is B-2231-908', 'mrn'), ['B-2231-908']);
  assert.deepEqual(removed('Her file at Mercy General is MG-44812', 'mrn'), ['MG-44812']);
  assert.deepEqual(removed('passport no. K8823140 for the trip', 'national-id'), ['K8823140']);
  assert.deepEqual(removed('blog: grandma-heart-journey.net. Thoughts?', 'url'), ['grandma-heart-journey.net']);
  assert.deepEqual(removed('Born Aug 2nd \'71, male', 'birth-date'), ["Aug 2nd '71"]);
  assert.deepEqual(removed('我是52/11/03生的', 'birth-date'), ['52/11/03']);
  // Staying: a dose ratio, a brand's site is kept only when it is a plain word.
  assert.deepEqual(deidentify('carbidopa-levodopa 25/100 three times a day').redactions, []);
});

test('second wave of classes: spelled-out e-mails, handles, health numbers, estates, ordinal streets, role + name', () => {
  assert.deepEqual(removed('write to kim.lo at yahoo dot com', 'email'), ['kim.lo at yahoo dot com']);
  assert.deepEqual(removed('my tiktok is @sleepy.nurse22 lol', 'url'), ['@sleepy.nurse22']);
  assert.deepEqual(removed('Health card number 9876 543 210 expired', 'national-id'), ['9876 543 210']);
  assert.deepEqual(removed('my SIN is 130 692 544', 'national-id'), ['130 692 544']);
  assert.deepEqual(removed('HKID C668668(E)? no: HKID Z683365(5)', 'national-id'), ['Z683365(5)']);
  assert.deepEqual(removed('mobile 0421 555 019 any time', 'phone'), ['0421 555 019']);
  assert.deepEqual(removed('appelez le 06 11 22 33 44', 'phone'), ['06 11 22 33 44']);
  assert.deepEqual(removed('at 310 E 72nd St, New York, NY 10021', 'address'), ['310 E 72nd St, New York, NY 10021']);
  assert.deepEqual(removed('住在幸福小区12栋3单元402，', 'address'), ['幸福小区12栋3单元402']);
  assert.deepEqual(removed('主治医生刘芳说要手术', 'name'), ['刘芳']);
  assert.deepEqual(removed('阿公今年九十五了', 'age-over-89'), ['九十五']);
  assert.deepEqual(removed('a 93 y.o. man', 'age-over-89'), ['93 y.o.']);
  // Staying: a weight after 今年, insurance talk, a doctor's advice.
  assert.deepEqual(deidentify('今年90公斤，保險給付80%，醫生建議開刀，my insurance is 80% covered').redactions, []);
});

test('third wave: kin words as titles, bracketed names and ages, 王姐, villages, month-year birth dates', () => {
  assert.deepEqual(removed('asking for grandma Edith, she fell'), ['Edith']);
  assert.deepEqual(removed('Uncle Teodor has a cough'), ['Teodor']);
  assert.deepEqual(removed('my dad (Ignacio) is on dialysis'), ['Ignacio']);
  assert.deepEqual(removed('my nan Ivy (96) is in hospital', 'age-over-89'), ['96']);
  assert.deepEqual(removed('Female, 91, with a UTI', 'age-over-89'), ['91']);
  assert.deepEqual(removed('白天是李姐照顧我媽'), ['李姐']);
  assert.deepEqual(removed('雲林縣斗南鎮新光里3鄰中山路8號', 'address'), ['雲林縣斗南鎮新光里3鄰中山路8號']);
  assert.deepEqual(removed('健保卡號 000098765432', 'national-id'), ['000098765432']);
  assert.deepEqual(removed('born in October 1948, male', 'birth-date'), ['October 1948']);
  assert.deepEqual(removed('DOB 11/2/08', 'birth-date'), ['11/2/08']);
  // Staying: medicines after child words, a bare year of birth, symptom months, vitals after a sex.
  assert.deepEqual(
    deidentify("the baby Tylenol dose, born in 1950, since March 2023, Male, 45, BP 95, HR 92, dad's Parkinson's").redactions,
    [],
  );
});
