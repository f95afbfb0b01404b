// Scores any labelled de-identification file (the deid-*.jsonl format, docs/safety.md) once:
// `npx tsx scripts/score-deid-file.ts path.jsonl [--verbose]`. For blind sets measured before any fixing.
import { deidentify } from '../src/safety/index.js';
import { loadDeidFile } from '../src/safety/eval/labelled.js';
import { evaluateDeid } from '../src/safety/eval/deid-metrics.js';
const cases = loadDeidFile(process.argv[2]);
const r = evaluateDeid(cases, deidentify);
console.log(`${process.argv[2]}: ${r.cases} cases; all identifiers ${r.removed}/${r.identifiers} (${((100 * r.removed) / r.identifiers).toFixed(1)}%); medical content wrongly removed ${r.keepRemoved}/${r.keepSpans} (${((100 * r.keepRemoved) / r.keepSpans).toFixed(1)}%); stray redactions ${r.strayRedactions}`);
for (const [k, v] of Object.entries(r.byKind)) console.log(`  ${k}: ${v!.removed}/${v!.total}`);
if (process.argv.includes('--verbose')) { for (const m of r.missed) console.log(`  missed ${m.kind} «${m.value}»`); for (const o of r.overRemoved) console.log(`  over-removed «${o.value}» by ${o.by}`); }
