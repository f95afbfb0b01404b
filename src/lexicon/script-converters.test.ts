import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { scriptConverter } from './script-converters.js';

test('one converter per direction, converting as OpenCC does', () => {
  assert.equal(scriptConverter('cn→tw'), scriptConverter('cn→tw'), 'built once and shared');
  const texts = ['我的头发掉得很厉害，软件显示血压偏高', '頭髮掉得很厲害，軟體顯示血壓偏高', 'no Han at all'];
  for (const [direction, from, to] of [
    ['cn→tw', 'cn', 'tw'],
    ['tw→cn', 'tw', 'cn'],
    ['t→cn', 't', 'cn'],
    ['cn→t', 'cn', 't'],
  ] as const) {
    const reference = OpenCC.Converter({ from, to });
    for (const t of texts) assert.equal(scriptConverter(direction)(t), reference(t), `${direction}: ${t}`);
  }
  assert.equal(scriptConverter('cn→tw')('头发'), '頭髮');
  assert.equal(scriptConverter('t→cn')('頭髮'), '头发');
});
