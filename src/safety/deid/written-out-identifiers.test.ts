import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedSpans } from './redaction-probes.js';

// Probe sentences written for these tests (session 6, not taken from any labelled set), one group per class that
// blind set v8 showed missing: e-mails spelled out, record and ID numbers with letters, addresses with a unit or
// building first or a bare postcode after the town, ROC-era and Chinese-numeral birth dates, ages after a clause.
// Each group also holds ordinary text of the same shape, which must stay. Every group fails on the base 50ca5e4.
const removed = removedSpans;

test('e-mails spelled out with "dot" in the name, [at]/(at) before a real domain, or " at " before a mail host', () => {
  assert.deepEqual(removed('you can write to maria dot lopez at gmail dot com anytime', 'email'), ['maria dot lopez at gmail dot com']);
  assert.deepEqual(removed('reply to s.nakamura[at]icloud.com please', 'email'), ['s.nakamura[at]icloud.com']);
  assert.deepEqual(removed('my mail: wei_ling (at) qq.com', 'email'), ['wei_ling (at) qq.com']);
  assert.deepEqual(removed('我的email是 amy1988 at hinet.net 謝謝', 'email'), ['amy1988 at hinet.net']);
  assert.deepEqual(removed('drop a line to grandpa.joe at hotmail.co.uk', 'email'), ['grandpa.joe at hotmail.co.uk']);
  assert.deepEqual(removed('msg me: tunde_o at yahoo, thanks', 'email'), ['tunde_o at yahoo']);
  // Places and reports named with " at " stay: a word before a site, a year before www.
  for (const keep of ['look at webmd.com for the leaflet', 'the Diabetes Report, 2014 at www.cdc.gov has figures', 'I was seen at mayoclinic.org last year', 'I worked at yahoo for years', 'in 2019 at gmail']) {
    assert.deepEqual(removed(keep, 'email'), [], keep);
  }
});

test('record and ID numbers with letters, after visit/reference/referral/case words, 患者ID, ID cards and permits', () => {
  assert.deepEqual(removed('the wristband says encounter no. EN4471902'), ['EN4471902']);
  assert.deepEqual(removed('referral number RF-55128 from my GP'), ['RF-55128']);
  assert.deepEqual(removed('case # K-2291A at the clinic'), ['K-2291A']);
  assert.deepEqual(removed('病人ID QX2093311，肺功能報告'), ['QX2093311']);
  assert.deepEqual(removed('門診號 M88123，抽血結果'), ['M88123']);
  assert.deepEqual(removed('my residence permit number X12Y4567Z9 is needed?'), ['X12Y4567Z9']);
  assert.deepEqual(removed('ID card no. T22000129 for the vaccine'), ['T22000129']);
  assert.deepEqual(removed('my FIN is F7654321N, work pass'), ['F7654321N']);
  assert.deepEqual(removed('PAN card PQRST6789K for the insurance'), ['PQRST6789K']);
  assert.deepEqual(removed('text my number 8123 4567 after 6pm', 'phone'), ['8123 4567']);
  // Unmistakable shapes with no word before them: capitals then a long run of digits, or a dashed year and sequence.
  assert.deepEqual(removed('They gave me a slip with H0049127 on it'), ['H0049127']);
  assert.deepEqual(removed('the paper says KX-2025-004187, my son has croup'), ['KX-2025-004187']);
  // Medical codes, gene names, vitamins, devices and trial registrations stay.
  const medical =
    'HLA-B27 positive, BRCA1 and CYP2D6 tested, ATC A10BA02 and L01XC07, ICD-10 E11.65, vitamin D3 50000 IU, B12 450 pg/mL, ' +
    'Dexcom G7, MiniMed 780G, trial NCT01234567, PMID 31234567, visit 2 weeks ago, case 3 of 5, lab 12 results';
  assert.deepEqual(removed(medical), []);
});

test('addresses: buildings, units and floors first, Australian 4/22, bare postcodes after a town, Hong Kong and estates', () => {
  assert.deepEqual(removed('home visit at Bldg C, Apt 12, 450 Ocean Ave, Brooklyn, NY 11226 please', 'address'), ['Bldg C, Apt 12, 450 Ocean Ave, Brooklyn, NY 11226']);
  assert.deepEqual(removed('we are at 9 Rata Road, Karori, Wellington 6012 now', 'address'), ['9 Rata Road, Karori, Wellington 6012']);
  assert.deepEqual(removed('send it to 22 Nehru Street, Chennai 600017.', 'address'), ['22 Nehru Street, Chennai 600017']);
  assert.deepEqual(removed('mum lives at Unit 3/15 Beach Rd, Bondi NSW 2026', 'address'), ['Unit 3/15 Beach Rd, Bondi NSW 2026']);
  assert.deepEqual(removed('Blk 221 Tampines St 21, #07-12, Singapore 520221', 'address'), ['Blk 221 Tampines St 21, #07-12, Singapore 520221']);
  assert.deepEqual(removed('Flat D, 8/F, Block 3, 18 Tai Hang Road, Hong Kong', 'address'), ['Flat D, 8/F, Block 3, 18 Tai Hang Road, Hong Kong']);
  assert.deepEqual(removed('住在太和邨2座10樓C室', 'address'), ['太和邨2座10樓C室']);
  assert.deepEqual(removed('地址是香港銅鑼灣軒尼詩道500號8樓', 'address'), ['香港銅鑼灣軒尼詩道500號8樓']);
  assert.deepEqual(removed('深圳市南山区科技园路1号ABC科技城B栋1203', 'address'), ['深圳市南山区科技园路1号ABC科技城B栋1203']);
  // Counts, doses, times and years after a street stay outside the address.
  for (const keep of ['I walk 3 miles on Main Street 2 times a day', 'Block 2 of the trial had 3 patients', 'took 2 tablets, Tylenol 500']) {
    assert.deepEqual(removed(keep, 'address'), [], keep);
  }
  assert.deepEqual(removed('we moved to 5 Elm Street, Leeds in 2019', 'address'), ['5 Elm Street']);
  assert.deepEqual(removed('Foundation Fighting Blindness Executive Plaza 1, Suite 800 11435 Cronhill Drive', 'address'), ['Suite 800 11435 Cronhill Drive']);
});

test('birth dates: ROC era and Chinese numerals, 生于, the 年次 cohort', () => {
  assert.deepEqual(removed('表格上出生年月日寫民國六十八年十月三日', 'birth-date'), ['民國六十八年十月三日']);
  assert.deepEqual(removed('老人家一九三二年五月二十日出生', 'birth-date'), ['一九三二年五月二十日']);
  assert.deepEqual(removed('王女士，生于1968年11月5日，甲状腺结节', 'birth-date'), ['1968年11月5日']);
  assert.deepEqual(removed('我是79年次的，最近掉髮', 'birth-date'), ['79年次']);
  assert.deepEqual(removed('先生六十五年次，血糖偏高', 'birth-date'), ['六十五年次']);
  // Dates of events stay, also after 发生于 and 再生于.
  for (const keep of ['症状发生于2024年3月1日', '骨髓再生于2020年1月1日后好转', '2023年5月12日做了胃鏡']) assert.deepEqual(removed(keep, 'birth-date'), [], keep);
});

test('ages over 89: between commas before what happened, after a clause that names the person', () => {
  assert.deepEqual(removed('my grandmother, Edna, 94, since her fall', 'age-over-89'), ['94']);
  assert.deepEqual(removed('Our nan, who everyone calls Queenie, is 96 and breathless', 'age-over-89'), ['96']);
  // Readings listed the same way stay.
  for (const keep of ['Pulse, 95, after the walk', 'Glucose, 98, fasting', 'my dad, who is 60, has 95 percent sats']) {
    assert.deepEqual(removed(keep, 'age-over-89'), [], keep);
  }
});

// A guard for the rules above, which read more shapes of number and word than before: medical content of every kind
// the brief names stays whole (these lines pass on the base too; they fail if a new rule reaches into them).
test('medical content stays: blood types, labs, ATC and ICD codes, genes, vitamins, devices, drug codes, dates of care', () => {
  const medical = [
    'blood type O+, AB-, Rh negative; HbA1c 6.8%, LDL 3.2 mmol/L, eGFR 58, TSH 0.01, ferritin 6 ng/mL',
    'ATC codes N02BE01, C09AA05, J01CA04; ICD-10 I10, E11.9, F32.1, Z34.00; ICD-11 5A11',
    'genes BRCA2, HLA-B*5801, HLA-B27, EGFR L858R, KRAS G12C, MTHFR C677T, APOE4, JAK2 V617F',
    'vitamins B12 1000 mcg, D3 2000 IU, K2 MK-7, B6, folate 5 mg',
    'Dexcom G6, Libre 3, Medtronic 780G, Omnipod 5, Fitbit Charge 6, CPAP ResMed AirSense 11',
    'metformin 500mg BID, Eliquis 5mg, insulin glargine U-100 20 units',
    'scheduled for 2024-06-12, last MRI on 03/04/2024, surgery 12 March 2025',
    'NDC 0002-8215-01, SNOMED 44054006, LOINC 4548-4, CEA 5.2, CA19-9 40, PSA 4.1, CA-125 35',
    'Keytruda (MK-3475), nivolumab (ONO-4538), venetoclax ABT-199, semaglutide NN9535, Moderna mRNA-1273',
    '我是B型血，糖化血红蛋白7.2%，空腹血糖6.8', '我是二型糖尿病的患者，', '我是怀孕28周的孕妇，男宝宝', '维生素D3 2000IU，B12，叶酸',
  ];
  for (const text of medical) assert.deepEqual(removed(text), [], text);
});
