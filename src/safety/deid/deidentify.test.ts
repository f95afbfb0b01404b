import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deidentify } from './deidentify.js';

const kinds = (text: string, lang?: 'en' | 'zh-Hant' | 'zh-Hans') => deidentify(text, lang).redactions.map((r) => r.kind);

test('contact details and ID numbers are replaced by readable placeholders', () => {
  const r = deidentify('Call 0912-345-678 or mail me at a.b@example.com, ID A123456789.', 'en');
  assert.equal(r.text, 'Call [phone removed] or mail me at [e-mail removed], ID [ID number removed].');
  assert.deepEqual(r.redactions.map((x) => x.original), ['0912-345-678', 'a.b@example.com', 'A123456789']);
});

test('national numbers in groups after their name, NI numbers and record numbers with a letter prefix', () => {
  assert.deepEqual(kinds('my Aadhaar is 1234 5678 9012, TSH 9.6'), ['national-id']);
  assert.deepEqual(kinds('national ID 12 345 678 for the clinic'), ['national-id']);
  assert.deepEqual(kinds('IC number 880101-14-5678'), ['national-id']);
  assert.deepEqual(kinds('my NI number is QQ 12 34 56 C'), ['national-id']);
  assert.deepEqual(kinds('record no. HN 3301927, type 1 diabetes'), ['mrn']);
  // Without the word nothing marks them, and ordinary clinical phrasing stays.
  assert.deepEqual(kinds('Aadhaar card needed for the insurance claim'), []);
  assert.deepEqual(kinds('the patient record shows HbA1c 7.2 and TSH 4.5'), []);
  assert.deepEqual(kinds('I had my chart reviewed at 10 am'), []);
});

test('placeholders follow the language of the text', () => {
  assert.equal(deidentify('電話0912345678', 'zh-Hant').text, '電話[電話已移除]');
  assert.equal(deidentify('电话13912345678', 'zh-Hans').text, '电话[电话已移除]');
  // Without a language the text decides.
  assert.equal(deidentify('請打電話0912345678').text, '請打電話[電話已移除]');
});

test('phones of Taiwan, the US, mainland China and elsewhere', () => {
  for (const phone of ['0912 345 678', '(02)2345-6789', '(415) 555-0132', '+1 212 555 0199', '138-0013-8000', '+44 20 7946 0958', '+886 2 2345 6789']) {
    assert.deepEqual(kinds(`my number ${phone} thanks`), ['phone'], phone);
  }
});

test('SSN, mainland ID, record numbers, URLs', () => {
  assert.deepEqual(kinds('SSN 123-45-6789'), ['ssn']);
  assert.deepEqual(kinds('身份证号 11010119900307123X'), ['national-id']);
  assert.deepEqual(kinds('MRN 1234567, HbA1c 7.1%'), ['mrn']);
  assert.deepEqual(kinds('病歷號：A0012345'), ['mrn']);
  assert.deepEqual(kinds('see https://example.com/x?id=1.'), ['url']);
  assert.equal(deidentify('see https://example.com/x?id=1.').text, 'see [link removed].');
});

test('addresses in English and Chinese', () => {
  assert.deepEqual(kinds('I live at 221 Baker Street, London'), ['address']);
  assert.deepEqual(kinds('she fell at home on 5 Willow Close'), ['address']);
  assert.deepEqual(kinds('I walked 3 km up the hill in the park'), []);
  assert.deepEqual(kinds('住在台北市中正區重慶南路一段122號'), ['address']);
  assert.deepEqual(kinds('家住北京市海淀区中关村大街27号3楼'), ['address']);
  const r = deidentify('住在台北市中正區重慶南路一段122號', 'zh-Hant');
  assert.equal(r.text, '住在[地址已移除]');
});

test('birth dates go, other dates stay', () => {
  assert.deepEqual(kinds('born 3 March 1980, pain since March'), ['birth-date']);
  assert.deepEqual(kinds('我1980/03/03生，三月開始咳嗽'), ['birth-date']);
  assert.deepEqual(kinds('生日：1975年10月1日'), ['birth-date']);
  assert.deepEqual(kinds('The scan on 2023-05-01 showed a 2 cm cyst'), []);
});

test('names given in the text', () => {
  assert.equal(deidentify("Hi, I'm John Smith and I have a cough").text, "Hi, I'm [name removed] and I have a cough");
  assert.equal(deidentify('my name is anna lee and i am 30').text, 'my name is [name removed] and i am 30');
  assert.equal(deidentify('我叫王小明，今年30岁').text, '我叫[姓名已移除]，今年30岁');
  assert.equal(deidentify('我是王小明的妈妈').text, '我是[姓名已移除]的妈妈');
  // Not names: a nationality, a condition, a role, a medicine's brand name.
  assert.deepEqual(kinds("I'm Taiwanese and I'm Pregnant"), []);
  assert.deepEqual(kinds('我是高血压患者'), []);
  assert.deepEqual(kinds('我是高血压，最近头晕'), []);
  assert.deepEqual(kinds('我是一名护士'), []);
  assert.deepEqual(kinds('omeprazole (brand name: Prilosec)'), []);
  assert.deepEqual(kinds('The name is derived from the worm'), []);
});

test('ages over 89 become 90+, younger ages stay', () => {
  assert.equal(deidentify('My grandmother is 94 years old').text, 'My grandmother is 90+ years old');
  assert.equal(deidentify('a 96-year-old woman').text, 'a 90+-year-old woman');
  assert.equal(deidentify('阿公今年93歲').text, '阿公今年90+歲');
  assert.equal(deidentify('I am 89 years old').text, 'I am 89 years old');
  assert.equal(deidentify('SpO2 94%, she is 45').text, 'SpO2 94%, she is 45');
});

test('medical content stays', () => {
  const text = 'BP 140/90, metformin 500 mg twice a day for 3 weeks, LDL 160 mg/dL, platelets 120,000, since March 2023, 血压150/95，二甲双胍0.5克';
  assert.deepEqual(deidentify(text).redactions, []);
});

test('redactions point at the original text and rebuild the output (property)', () => {
  const pieces = fc.constantFrom(
    'call 0912-345-678', 'mail x@y.org', ' ', '，', 'BP 140/90', 'I am John Smith', '我叫李华', '住在台北市大安區復興南路一段100號',
    'SSN 123-45-6789', 'aged 95', 'born 1 May 1990', '５００ｍｇ', '０９１２３４５６７８', 'https://a.co/x',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const { text: out, redactions } = deidentify(text);
      let rebuilt = '';
      let at = 0;
      for (const r of redactions) {
        assert.ok(r.start >= at && r.end > r.start && r.end <= text.length);
        assert.equal(text.slice(r.start, r.end), r.original);
        rebuilt += text.slice(at, r.start) + r.replacement;
        at = r.end;
      }
      assert.equal(rebuilt + text.slice(at), out);
    }),
    { numRuns: 300, seed: 42 },
  );
});

test('full-width digits are found with offsets intact', () => {
  const r = deidentify('手機０９１２３４５６７８', 'zh-Hant');
  assert.equal(r.text, '手機[電話已移除]');
  assert.equal(r.redactions[0].original, '０９１２３４５６７８');
});
