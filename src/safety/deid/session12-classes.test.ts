import { test } from 'node:test';
import { assertKeeps, assertRemoves } from './testing/probes.js';

// Probe sentences written for these tests (session 12, not taken from any labelled set) for the classes set v15a
// showed missing, in other names, cultures, orders and punctuation than v15a's lines; with ordinary text of the same
// shape (drugs, eponyms, places, counts, ranges, medical words) that must stay.

test('a number or a birth date in brackets right after its word', () => {
  assertRemoves(undefined, [
    ['They copied my Aadhaar (5512 0098 4417) onto the referral.', ['5512 0098 4417']],
    ['Her national ID [88 412 907] was on the wristband.', ['88 412 907']],
    ['Reception wanted my MRN (A-5530192) again.', ['A-5530192']],
    ['passport (K8823140) and the visa letter', ['K8823140']],
    ['DOB (11/4/58), allergic to sulfa', ['11/4/58']],
    ['date of birth [14 February 1947]; on warfarin', ['14 February 1947']],
    ['Medicare number (2951 44780 1) for the claim', ['2951 44780 1']],
  ]);
  assertKeeps(undefined, [
    'My Aadhaar (the card itself) is lost.',
    'DOB (see the form) is missing',
    'Dose (5 mg) was halved by the GP.',
    'MRN (ask the ward clerk) if you need it',
  ]);
});

test('"b." for born after a name in brackets or a list, and a birth month and year in digits after a birth word', () => {
  assertRemoves('birth-date', [
    ['my son (Tariq, b. 04/2011) has asthma', ['04/2011']],
    ['Grandad, b. 2 June 1933, is on apixaban', ['2 June 1933']],
    ['our twins (b. 9.2019) both have eczema', ['9.2019']],
    ['born 07/1962 in Lagos', ['07/1962']],
    ['DOB: 3-1988', ['3-1988']],
  ]);
  assertKeeps('birth-date', [
    'a. 5 mg daily, b. 10 mg daily',
    'Options: a) rest, b) ice',
    'ratio 12/2000 on the pump',
    'seen on 12/1975 notes, b. hmm',
  ]);
});

test('a local seven-digit number with an extension after it', () => {
  assertRemoves('phone', [
    ['Ward 4B nurses station 555-0142 ext. 318', ['555-0142 ext. 318']],
    ['call the clinic at 362-7710 x207 before noon', ['362-7710 x207']],
    ['Pharmacy: 874.2231, extension 14', ['874.2231, extension 14']],
  ]);
  assertKeeps('phone', [
    'WBC 4.5-11 x10^9/L, platelets normal',
    'took 250-5000 x 2 tablets',
    'range 100-1000 x3 daily',
    'lot 323-4567 printed on the box',
  ]);
});

test('a record number read out in words after its word, however short', () => {
  assertRemoves('mrn', [
    ['hi this is ana ruiz patient number six one one eight four calling about my results', ['six one one eight four']],
    ['MRN is three three nine oh two, thanks', ['three three nine oh two']],
    ['chart number: one two two eight seven five', ['one two two eight seven five']],
  ]);
  assertKeeps('mrn', [
    'patient number one of two was seen first',
    'the record number is on the card',
    'case number nine in the series had a rash',
  ]);
});

test('a housing estate named with 园 and its section or phase', () => {
  assertRemoves('address', [
    ['快递寄到成都市武侯区锦绣园二区7号楼3单元502室', ['成都市武侯区锦绣园二区7号楼3单元502室']],
    ['我家在丽景园三期12栋1801', ['丽景园三期12栋1801']],
  ]);
  assertKeeps('address', ['孩子在幼儿园3号楼上课，发烧38度', '去动物园2号门附近的诊所', '公园里走了3公里']);
});

test("a clinician's other letters after a name: therapists, dietitians, practical nurses", () => {
  assertRemoves('name', [
    ['Reviewed by Siobhan Gallagher, DPT', ['Siobhan Gallagher']],
    ['Swallow study: Tomasz Wójcik, SLP', ['Tomasz Wójcik']],
    ['Meal plan from Ama Mensah, RD; low potassium', ['Ama Mensah']],
    ['Wound check by Luis Ortega, LPN', ['Luis Ortega']],
  ]);
  assertKeeps('name', ['Knee Pain, PT twice weekly', 'Physical Therapy, PT', 'INR, PT and aPTT normal', 'Speech Therapy, SLP referral']);
});

test('the name on the line after a signature delimiter', () => {
  assertRemoves('name', [
    ['Thanks for the tips on the plantar fasciitis.\n--\nKeisha Montgomery\nSent from my phone', ['Keisha Montgomery']],
    ['Will try the ferrous sulfate.\n—\nDr. Anneliese Brandt | Family Medicine', ['Anneliese Brandt']],
    ['See you Tuesday.\n--\nOluwaseun Adeyemi, OT\nRiverside Rehab', ['Oluwaseun Adeyemi']],
    ['ok thanks\n--\nMarco', ['Marco']],
  ]);
  assertKeeps('name', [
    'Thanks\n--\nSent from my iPhone',
    'Thanks\n--\nThe Front Desk',
    'Steps:\n--\nRest Ice Compression',
    'Notes\n--\nMetformin Hydrochloride',
  ]);
});

test('Vietnamese full names by their surname and syllables, not the places named after people', () => {
  assertRemoves('name', [
    ['Ông ngoại Trần Văn Bảo bị tiểu đường, 3 years on insulin', ['Trần Văn Bảo']],
    ['my mother-in-law Nguyễn Thị Lan has hepatitis B', ['Nguyễn Thị Lan']],
    ['Dear all, Pham Thi Thu here, my son has a fever', ['Pham Thi Thu']],
    ['Referred by Hoàng Minh Tuấn for a colonoscopy', ['Hoàng Minh Tuấn']],
    ['Huynh Quoc Bao, 58, has gout', ['Huynh Quoc Bao']],
  ]);
  assertKeeps('name', [
    'We moved from Ho Chi Minh City last year',
    'the clinic on Lê Lợi Street does vaccines',
    'Hồ Chí Minh',
    'Tran Does Well on the new inhaler',
    'we holidayed in Phan Thiết and got dengue',
    'the hospital in Lâm Đồng province',
  ]);
});

test('a Chinese full name as the possessor of a kin word or another person', () => {
  assertRemoves('name', [
    ['刘建华的妈妈昨天住院了，心衰', ['刘建华']],
    ['我和周慧敏的女儿是同学，她有哮喘', ['周慧敏']],
    ['是黄志强的同事告诉我的', ['黄志强']],
    ['林雅婷的老公也是糖尿病', ['林雅婷']],
  ]);
  assertKeeps('name', ['高血压的妈妈要注意饮食', '胃病的病人不能空腹吃', '医生的建议是多休息', '糖尿病的孩子要控糖']);
});

test('a lower-case surname after a lower-case title, in a greeting or before what the clinician said', () => {
  assertRemoves('name', [
    ['dear doctor okonjo i have a question about my inhaler', ['okonjo']],
    ['hi dr castellanos, the rash is back', ['castellanos']],
    ['hello nurse mbeki thanks for yesterday', ['mbeki']],
    ['dr kowalczyk said the mole is fine', ['kowalczyk']],
  ]);
  assertKeeps('name', [
    'dear doctor i have a question',
    'hi dr, quick one about ibuprofen',
    'the doctor said rest',
    'dr appt tomorrow',
    'doctor visits are expensive',
    'dear doctor please help',
  ]);
});

test('a list of people: the neighbours of a found name, and a list after a colon that given names vouch for', () => {
  assertRemoves('name', [
    ['Rota for the support group: Siobhan Kelly, Aziz Rahimi, Ngozi Eze and Ludmila. Bring snacks.', ['Siobhan Kelly', 'Aziz Rahimi', 'Ngozi Eze', 'Ludmila']],
    ["I'm Lucia, my boys Mateo and Thiago both have croup", ['Lucia', 'Mateo', 'Thiago']],
    ['Jason和小美都说要空腹抽血', ['Jason', '小美']],
  ]);
  assertKeeps('name', [
    'Meds: Lasix, Coreg, Eliquis and Jardiance.',
    'Allergies: Penicillin, Sulfa, Latex',
    'Cities: Paris, London, Madrid.',
    'Values: Grace, Hope and Joy',
    'Family: Amara, Joseph, Keflex',
    'Diagnoses: Crohn Disease, Addison Disease, Graves Disease',
  ]);
});

test('a birth word in the languages of records from abroad', () => {
  assertRemoves('birth-date', [
    ['Mevr. de Vries, geboren op 03-04-1951, hartfalen', ['03-04-1951']],
    ['Herr Becker, geboren am 17.09.1939, Vorhofflimmern', ['17.09.1939']],
    ['M. Lefèvre, né le 9 juin 1946, BPCO', ['9 juin 1946']],
    ['la paciente, nacida el 2 de mayo de 1958, diabetes', ['2 de mayo de 1958']],
    ['Sig.ra Bianchi, nata il 11/12/1940', ['11/12/1940']],
    ['Ola Nordmann, født 21.03.1950', ['21.03.1950']],
  ]);
  assertKeeps('birth-date', ['NATO 2020 summit', 'the 12 mars is the day', 'nato il medico? no']);
});

test('a given name closing the post, or whom to message', () => {
  assertRemoves('name', [
    ['Has anyone tried the low FODMAP diet for this? Svetlana', ['Svetlana']],
    ['Any tips welcome!\nTariq', ['Tariq']],
    ['Please share your appeal letter. DM Rosalind.', ['Rosalind']],
  ]);
  assertKeeps('name', ['is it normal? Thanks', 'my doctor says no. Metformin', 'any tips? Grace', 'any family history? Parkinson', 'took it in August', 'ask your GP. Tylenol']);
});

test('an old age told right after a name, whatever word stands before the name', () => {
  assertRemoves('age-over-89', [
    ['Cụ Nguyễn Văn Tám is 97 and still walks daily', ['97']],
    ['Ingeborg, now 91, lives alone', ['91']],
    ['Dr. Okonjo was 93 when he retired', ['93']],
  ]);
  assertKeeps('age-over-89', ['Dr. Patel is 95% sure it is viral', 'Svetlana is 96 on room air', 'Ahmed was 92 kg in May', 'Rosalind is 94/60 lying down']);
});

test('after a kin word: initials and a surname, or a lower-case name closing the clause', () => {
  assertRemoves('name', [
    ['My mother S. Balasubramanian has had two strokes', ['S. Balasubramanian']],
    ['her husband T. J. Oyelaran, 71, is on dialysis', ['T. J. Oyelaran']],
    ['lol my cousin farida had the same rash', ['farida']],
    ['ya my uncle bogdan, he takes ramipril', ['bogdan']],
  ]);
  assertKeeps('name', ['my aunt has diabetes', 'my mum tho', 'my husband too', 'my son ibuprofen helped', 'my dad lately is tired', 'My father, a diabetic, is 70']);
});

test('a surname and a title right after a role that names who the person is', () => {
  assertRemoves('name', [
    ['校医于老师给了退烧药', ['于']],
    ['主治医师何医生说下周复查', ['何医生']],
    ['辅导员何老师说孩子在校发烧', ['何']],
  ]);
  assertKeeps('name', ['班主任说孩子发烧了', '校医老师说要观察', '主治医师说没事']);
});

test("a mail's display name before its address in brackets, and whom a message is sent on behalf of", () => {
  assertRemoves('name', [
    ['From: Oluwakemi Adebayo [kemi.adebayo@outlook.com]\nSubject: my dad', ['Oluwakemi Adebayo']],
    ['Cc: Thandiwe Nkosi <t.nkosi@gmail.com>, Rui Costa <rcosta@sapo.pt>', ['Thandiwe Nkosi', 'Rui Costa']],
    ['This message is sent on behalf of Mbali Dlamini, who cannot type', ['Mbali Dlamini']],
  ]);
  assertKeeps('name', ['Contact: Clinic Office <office@clinic.org>', 'on behalf of the Cardiology Team', 'Send to: Support (help@site.com)']);
});

test('"years old" in the askers\' other languages after an age over 89', () => {
  assertRemoves('age-over-89', [
    ['bà ngoại tôi 96 tuổi, bị suy tim', ['96 tuổi']],
    ['mi abuelo tiene 91 años y usa warfarina', ['91 años']],
    ['ma grand-mère a 98 ans', ['98 ans']],
    ['Opa ist 93 Jahre alt', ['93 Jahre alt']],
  ]);
  assertKeeps('age-over-89', ['hace 95 años que existe la aspirina', '95 ans depuis la découverte', 'tengo 45 años']);
});
