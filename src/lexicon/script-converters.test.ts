import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { readJsonl, sharedDataPresent, type SeedThread } from '../enrichment/providers/testing/sharedData.js';
import { compactConverter, scriptConverter, type ScriptDirection } from './script-converters.js';

const DIRECTIONS: [ScriptDirection, string, string][] = [
  ['cn→tw', 'cn', 'tw'],
  ['tw→cn', 'tw', 'cn'],
  ['t→cn', 't', 'cn'],
  ['cn→t', 'cn', 't'],
];

// Beyond the dictionaries: surrogate pairs, an ideographic description sequence, mixed scripts and Latin.
const EDGE = ['我的头发掉得很厉害，软件显示血压偏高', '頭髮掉得很厲害，軟體顯示血壓偏高', 'no Han at all', '𠮷野家的头发', '⿰木目和⿱艹⿰木木发', '', '发', '一了百了一伙人'];

test('one converter per direction, converting exactly as OpenCC.Converter on edge cases', () => {
  assert.equal(scriptConverter('cn→tw'), scriptConverter('cn→tw'), 'built once and shared');
  for (const [direction, from, to] of DIRECTIONS) {
    const reference = OpenCC.Converter({ from, to } as Parameters<typeof OpenCC.Converter>[0]);
    const compact = compactConverter(direction);
    for (const t of EDGE) {
      assert.equal(scriptConverter(direction)(t), reference(t), `${direction}: ${t}`);
      assert.equal(compact(t), reference(t), `compact ${direction}: ${t}`);
    }
  }
  assert.equal(scriptConverter('cn→tw')('头发'), '頭髮');
  assert.equal(scriptConverter('t→cn')('頭髮'), '头发');
});

test('the compact converters give the output of OpenCC.Converter on the shared seed threads, in both scripts', { skip: !sharedDataPresent('seed_qa_zh.jsonl', 'seed_qa_en.jsonl') }, () => {
  const zh = readJsonl<SeedThread>('seed_qa_zh.jsonl', 2000);
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  // Simplified texts, their Taiwan-script forms (for the directions out of Traditional), and some English.
  const simplified: string[] = zh.map((t) => [t.title ?? '', t.question, ...t.answers].join('\n'));
  const texts = [...simplified, ...simplified.map((s) => toTw(s) as string), ...readJsonl<SeedThread>('seed_qa_en.jsonl', 200).map((t) => t.question)];
  let changed = 0;
  for (const [direction, from, to] of DIRECTIONS) {
    const reference = OpenCC.Converter({ from, to } as Parameters<typeof OpenCC.Converter>[0]);
    const ours = compactConverter(direction);
    for (const [i, t] of texts.entries()) {
      const want = reference(t) as string;
      if (want !== t) changed++;
      assert.equal(ours(t), want, `${direction}: text ${i}`);
    }
  }
  assert.ok(changed > texts.length, 'the texts exercise the conversions');
});
