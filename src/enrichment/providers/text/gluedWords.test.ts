import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasGluedWord, isGluedWord } from './gluedWords.js';

test('words the scraper ran together are found', () => {
  for (const w of ['inflammationirritation', 'edemaswelling', 'symptomssuch', 'swellingand', 'intestinewhich', 'carbohydratessugars', 'frequencyurination', 'diarrheaafter', 'mucosais', 'gastroenterologista', 'stomachliningknown', 'preventedrotavirus']) {
    assert.equal(isGluedWord(w), true, w);
  }
});

test('real words and prefixed compounds are not glued', () => {
  for (const w of ['inflammation', 'underdiagnosed', 'radiosurgery', 'pseudohermaphroditism', 'lightheadedness', 'polyneuropathy', 'hyperaldosteronism', 'lymphadenectomy', 'lymphedema', 'methyltransferase', 'hydroxychloroquine', 'gammaglobulin', 'balloonlike', 'goosebumps', 'retroperitoneum', 'gastroenteritis', 'nevertheless', 'whatsoever', 'lymphoma', 'placenta', 'hematuria', 'dyspnea', 'leukemia']) {
    assert.equal(isGluedWord(w), false, w);
  }
});

test('a sentence with a glued word is found; capitalised names are left alone', () => {
  assert.equal(hasGluedWord('Gluten can cause intestinal inflammationirritation or swellingand long-lasting damage.'), true);
  assert.equal(hasGluedWord('Gluten can cause intestinal inflammation and long-lasting damage.'), false);
  assert.equal(hasGluedWord('Legg-Calve-Perthes disease affects the hip.'), false);
});
