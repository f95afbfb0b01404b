import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// V8 reads the flag when it compiles a pattern: set after the other modules have run their patterns, it would leave
// those on the slow path it exists to avoid (regexp-tiering.ts). So it must stay the CLI's first import.
test('the CLI imports regexp-tiering before any other module', () => {
  const source = readFileSync(new URL('./main.ts', import.meta.url), 'utf8');
  const imports = [...source.matchAll(/^import\s+(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  assert.equal(imports[0], './regexp-tiering.js');
  assert.ok(imports.length > 5, 'the other imports were read too');
});
