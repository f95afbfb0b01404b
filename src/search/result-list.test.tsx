import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { Highlighted } from '../views/text.js';
import { highlightPattern, highlightTerms } from './highlight.js';
import { highlightedHtml, resultItemsHtml } from './result-list.js';

test('highlighted strings are the same bytes as the Highlighted component, markup in patient text included', () => {
  const texts = ['<b>pain</b> & "chest" pain > 3 days', '高血壓患者 <script>', 'nothing to mark', '', 'pain \u0001 chest\u0002 &amp; pain', 'Pain, PAIN; 高血压 血壓 &quot;'];
  for (const q of ['chest pain', '高血压', 'script', 'amp quot']) {
    const pattern = highlightPattern(highlightTerms(q));
    for (const text of texts) assert.equal(highlightedHtml(text, pattern), render(<Highlighted text={text} pattern={pattern} />), `${q} / ${text}`);
  }
  assert.equal(highlightedHtml('<i>x</i>', undefined), '&lt;i>x&lt;/i>');
});

test('a result item escapes its title, snippet and department name, and links by id and slug', () => {
  const html = resultItemsHtml(
    [{ id: 7, title: 'Pain <img src=x onerror=alert(1)>', headline: null, body: 'My "pain" & <b>worse</b>', published_at: '2024-03-05T10:00:00Z' }],
    highlightPattern(highlightTerms('pain')),
    () => ({ slug: 'neurology', name_en: 'Nerves & <Brain>' }),
  );
  assert.equal(
    html,
    '<li class="card"><h2 class="h3"><a href="/questions/7"><mark>Pain</mark> &lt;img src=x onerror=alert(1)></a></h2>' +
      '<p class="snippet">My &quot;<mark>pain</mark>&quot; &amp; &lt;b>worse&lt;/b></p>' +
      '<p class="meta"><a href="/departments/neurology">Nerves &amp; &lt;Brain></a> · 2024/03/05</p></li>',
  );
  assert.doesNotMatch(html, /<img|<b>/);
});
