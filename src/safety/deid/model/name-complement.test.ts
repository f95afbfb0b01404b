import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { TESTDATA, loadDeidFile } from '../../eval/labelled.js';
import { foldWidth } from '../../script.js';
import { deidentify, deidentifyByRules } from '../deidentify.js';
import { complementNames, ruleNameMask, scoreTokens, type NameModel } from './complement.js';
import { isCandidate, shape, tokenFeatures, tokenize } from './features.js';
import { medicalWords, trainNameModel, type PreparedText } from './train.js';
import { givenNames } from '../given-names.js';

test('tokens: Latin words keep inner apostrophes and hyphens, Han text is one character a token', () => {
  assert.deepEqual(tokenize("O'Brien-Smith took Parkinson's pills; 王小明").map((t) => t.text), ["O'Brien-Smith", 'took', "Parkinson's", 'pills', '王', '小', '明']);
  assert.deepEqual(tokenize('Kevin跟小芳').map((t) => t.text), ['Kevin', '跟', '小', '芳'], 'a Latin word stops at a Han character');
  const [t] = tokenize('  Zoë');
  assert.deepEqual([t.start, t.end], [2, 5]);
});

test('shapes and candidates: ordinary lower-case words are never scored, capitalised ones and unknown ones are', () => {
  assert.equal(shape('Nguyen'), 'Xx');
  assert.equal(shape('NGUYEN'), 'XX');
  assert.equal(shape("d'Arcy"), "xX'");
  assert.equal(shape('Zoë'), 'Xx~');
  const scan = 'table Will jayden 病 美. The doctor saw Tanisha Brooks';
  const tokens = tokenize(scan);
  const at = (w: string) => isCandidate(scan, tokens, tokens.findIndex((t) => t.text === w));
  assert.equal(at('table'), false);
  assert.equal(at('Will'), true, 'a given name that is a word is scored');
  assert.equal(at('jayden'), true, 'a lower-case word that is no English word is scored');
  assert.equal(at('病'), false, 'a medical character is no name character');
  assert.equal(at('美'), true);
  assert.equal(at('The'), false, 'a capitalised English word alone is not scored');
  assert.equal(at('Brooks'), true, 'beside another capitalised word it is');
});

test("features read the gazetteers, the dictionary, the medical words and the rules' neighbouring findings", () => {
  const scan = 'my sister Oksana Kovalenko takes Xarelto';
  const tokens = tokenize(scan);
  const mask = ruleNameMask(tokens, [{ start: scan.indexOf('Oksana'), end: scan.indexOf(' Kovalenko') }]);
  assert.deepEqual(mask, [false, false, true, false, false, false]);
  const kovalenko = tokenFeatures(scan, tokens, 3, mask, { medical: new Set(['xarelto']) });
  assert.ok(kovalenko.includes('ruleL=true') && kovalenko.includes('dict=noword') && kovalenko.includes('p1=oksana'));
  const xarelto = tokenFeatures(scan, tokens, 5, mask, { medical: new Set(['xarelto']) });
  assert.ok(xarelto.includes('med=med') && xarelto.includes('ruleL=false'));
  const oksana = tokenFeatures(scan, tokens, 2, mask, { medical: new Set() });
  assert.ok(oksana.includes('given=plain'), 'Oksana is on the world given-name list');
  assert.ok(!oksana.some((f) => f.startsWith('rule') && f.endsWith('true')), "the token's own finding by the rules is no feature");
});

test('the medical vocabulary keeps only words that are no English words', () => {
  const words = medicalWords(["Parkinson's disease", 'Xarelto 20 mg', 'Kawasaki disease'], givenNames().isWord);
  assert.ok(words.has('parkinson') && words.has('xarelto') && words.has('kawasaki'));
  assert.ok(!words.has('disease'));
});

// A tiny hand-made model: enough to test how token scores become spans, apart from what training learns.
const toy: NameModel = { bias: -5, weights: new Map([['given=plain', 6], ['ruleL=true', 6], ['sur=true', 6], ['gch=true', 6]]), medical: new Set() };

test('complement spans: adjacent name tokens join, punctuation splits, and no rule finding is overlapped', () => {
  const scan = 'Ask Oksana Yulia, or call 555-0101';
  const names = complementNames(scan, [], toy, 0.5).map((c) => scan.slice(c.start, c.end));
  assert.deepEqual(names, ['Oksana Yulia']);
  const withRule = complementNames(scan, [{ kind: 'name', start: 4, end: 10 }], toy, 0.5).map((c) => scan.slice(c.start, c.end));
  assert.deepEqual(withRule, ['Yulia'], 'the rules keep their own span; the model adds only what lies outside it');
  const zh = '我叫王伟，头痛';
  assert.deepEqual(complementNames(zh, [], toy, 0.5).map((c) => zh.slice(c.start, c.end)), ['王伟']);
});

test('wired in as a complement: deidentify keeps every redaction of the rules and only adds names', () => {
  for (const text of [
    'my husband Chidi has had a cough since June, should he see Dr Okafor? call 555-201-3344',
    '英文名Kevin，中文名王俊杰，胃痛三天',
    'best wishes – Marisol (marisol.v@proton.me)',
  ]) {
    const rules = deidentifyByRules(text).redactions;
    const both = deidentify(text).redactions;
    for (const r of rules) assert.ok(both.some((b) => b.start === r.start && b.end === r.end && b.kind === r.kind), `${text}: ${r.original}`);
    for (const b of both) if (!rules.some((r) => r.start === b.start && r.end === b.end)) assert.equal(b.kind, 'name');
  }
});

// The committed model with the rules, on sentences written for this test (not from any labelled set).
test('probe (committed model): names the rules miss are found, as a Chinese name after a patient word', () => {
  for (const [text, name] of [
    // (The first probes, names after 中文名, became the rules' own in round 2; these are not theirs.)
    ['糖尿病的病人刘晓梅就是口渴多尿', '刘晓梅'],
    ['胃炎的患者张丽娟就是饭后胀痛', '张丽娟'],
  ]) {
    assert.ok(deidentifyByRules(text).redactions.every((r) => r.original !== name), `the rules alone already find ${name}: pick another probe`);
    assert.ok(deidentify(text).redactions.some((r) => r.original === name), `${name} in ${text}`);
  }
});

test('probe (committed model): medical words, brands, eponyms, places and months stay', () => {
  for (const text of [
    "Mum was told it's Parkinson's, not Crohn's, and they started Xarelto in March.",
    'Is Ozempic safe with Hashimoto thyroiditis? We live in Manchester and the clinic is in Leeds.',
    '我在台北长庚医院看诊，医生开了Eliquis，五月复诊。',
    'Took Tylenol on Monday; by Friday the rash spread. Seen at Mayo in Rochester.',
    'Has anyone had Guillain-Barré after the flu jab? Our GP in Bristol was unsure.',
    'Lyme disease from a tick in Connecticut; started doxycycline in August.',
    'Is Benadryl or Zyrtec better for hives? Christmas dinner set it off.',
    "Addison's disease runs in the family, plus Hodgkin lymphoma in my uncle.",
    '服用Lipitor後肝指數升高，在高雄長庚追蹤。',
    '饭后不要马上横陈，建议散步',
  ]) {
    assert.deepEqual(deidentify(text).redactions.map((r) => r.original), [], text);
  }
});

// A model trained on the labelled sets (no real text, to keep the test quick), on probe sentences written for this
// test: medical words, brands, eponyms, places and months standing where names stand must stay.
const labelled: PreparedText[] = readdirSync(TESTDATA)
  .filter((f) => f.startsWith('deid-') && f.endsWith('.jsonl'))
  .flatMap((f) => loadDeidFile(TESTDATA + f))
  .map((c) => {
    const scan = foldWidth(c.text);
    const tokens = tokenize(scan);
    const rules = deidentifyByRules(c.text, c.lang).redactions.filter((r) => r.kind === 'name');
    return { scan, tokens, ruleMask: ruleNameMask(tokens, rules), isName: ruleNameMask(tokens, c.identifiers.filter((i) => i.kind === 'name')), weight: 1 };
  });
const medical = medicalWords(['Parkinson disease', 'Crohn disease', 'Hashimoto thyroiditis', 'Xarelto', 'Eliquis', 'Ozempic', 'Tylenol'], givenNames().isWord);
const model = trainNameModel(labelled, medical);
const modelOnly = (text: string, tau: number) => complementNames(foldWidth(text), [], model, tau).map((c) => text.slice(c.start, c.end));

test('probe: medical words, brands, eponyms, places and months stay at the LOSO threshold', () => {
  for (const text of [
    "Mum was told it's Parkinson's, not Crohn's, and they started Xarelto in March.",
    'Is Ozempic safe with Hashimoto thyroiditis? We live in Manchester and the clinic is in Leeds.',
    '我在台北长庚医院看诊，医生开了Eliquis，五月复诊。',
    'Took Tylenol on Monday; by Friday the rash spread. Seen at Mayo in Rochester.',
  ]) {
    assert.deepEqual(modelOnly(text, 0.9), [], text);
  }
});

test('probe: names of many cultures get higher scores than the medical words beside them', () => {
  const pairs: [string, string, string][] = [
    ['my neighbour Oluwaseun has Crohn\'s flares again', 'Oluwaseun', "Crohn's"],
    ['her son Björn was put on Xarelto last week', 'Björn', 'Xarelto'],
    ['thanks, Siobhan — my Hashimoto labs came back', 'Siobhan', 'Hashimoto'],
    ['我女儿李欣怡最近咳嗽，吃了Tylenol', '欣', 'Tylenol'],
  ];
  for (const [text, name, word] of pairs) {
    const scan = foldWidth(text);
    const tokens = tokenize(scan);
    const p = scoreTokens(scan, tokens, tokens.map(() => false), model);
    const at = (w: string) => p[tokens.findIndex((t) => t.text === w)];
    assert.ok(at(name) > at(word), `${name} ${at(name)} vs ${word} ${at(word)}`);
  }
});
