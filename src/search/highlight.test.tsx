import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { Highlighted } from '../views/text.js';
import { highlightPattern, highlightTerms, windowAround } from './highlight.js';

const marked = (text: string, q: string) => render(<Highlighted text={text} pattern={highlightPattern(highlightTerms(q))} />);

test('English words of three letters or more are marked wherever they occur, in any case', () => {
  assert.equal(marked('Chest pain at night; the PAIN spreads.', 'chest pain at'), '<mark>Chest</mark> <mark>pain</mark> at night; the <mark>PAIN</mark> spreads.');
});

test('Chinese queries mark their bigrams in both scripts, and the longest match wins', () => {
  // 高血 is matched first, so the overlapping 血壓 is not marked again.
  assert.equal(marked('高血壓患者', '高血压'), '<mark>高血</mark>壓患者');
  assert.equal(marked('他有血壓問題', '高血压'), '他有<mark>血壓</mark>問題');
  assert.equal(marked('乙肝病毒', '乙肝'), '<mark>乙肝</mark>病毒');
  const terms = highlightTerms('头痛');
  assert.ok(terms.includes('头痛') && terms.includes('頭痛'), terms.join(','));
});

test('patient text stays text: markup in it is escaped, and regular-expression characters in the query are literal', () => {
  assert.equal(marked('<b>pain</b> (a+b)', 'pain (a+b)'), '&lt;b><mark>pain</mark>&lt;/b> (a+b)');
  assert.equal(marked('x.y x+y', 'x+y'), 'x.y x+y');
  assert.equal(render(<Highlighted text="nothing here" pattern={undefined} />), 'nothing here');
});

test('one pattern serves every result on a page (its position is reset each time)', () => {
  const pattern = highlightPattern(highlightTerms('twitching eyelid'));
  const a = render(<Highlighted text="eyelid twitching" pattern={pattern} />);
  const b = render(<Highlighted text="eyelid twitching" pattern={pattern} />);
  assert.equal(a, b);
  assert.equal(a, '<mark>eyelid</mark> <mark>twitching</mark>');
});

test('the snippet window starts near the first match when it is far into the text', () => {
  const body = `${'Unrelated words here. '.repeat(20)}My eyelid twitches.`;
  const w = windowAround(body, highlightPattern(highlightTerms('eyelid')));
  assert.ok(w.startsWith('…') && w.includes('eyelid'), w);
  assert.equal(windowAround('eyelid first', highlightPattern(highlightTerms('eyelid'))), 'eyelid first');
  assert.equal(windowAround('no match', undefined), 'no match');
});
