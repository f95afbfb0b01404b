// Where a prepared thread's CPU goes, part by part (de-identification of title and body, triage, search text), against
// the code at an earlier commit: `npx tsx scripts/bench-prepare-parts-vs-commit.ts [commit] [archive.jsonl] [threads]`.
// bench-prepare-vs-commit says whether the whole of prepareThread got slower; this says which part. Like it, each side
// runs in its own process (two copies of the safety code in one heap distort each other), the processes alternated
// twice, each timing every part three times over the same threads (default: the first 5,000 of the file, or the seed
// threads); the best pass of each part and side is reported. Each side triages its own de-identified text, as an
// import does, so the parts' outputs are hashed and compared too.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { withSafetyAt } from './safety-at-commit.js';
import { NODE_FLAGS, readRecords } from './bench-threads.js';

const [, self, commitOrSide, fileArg, limitArg, srcDir] = process.argv;
const PARTS = ['deid', 'triage', 'search'] as const;
type Part = (typeof PARTS)[number];


const cpuMs = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

if (commitOrSide === '--child') {
  const records = readRecords(fileArg || undefined, Number(limitArg));
  type Lang = 'en' | 'zh-Hant' | 'zh-Hans';
  const safety = (await import(join(srcDir, 'safety/index.ts'))) as {
    deidentify: (t: string, l: Lang) => { text: string };
    triage: (t: string, l?: Lang) => unknown;
  };
  const text = (await import(join(srcDir, 'questions/text.ts'))) as { deriveTitle: (q: string) => string; searchText: (t: string, b: string) => string };
  const { detectLang } = (await import(join(srcDir, 'similarity/index.ts'))) as { detectLang: (t: string) => Lang };
  const inputs = records.map((r) => ({ lang: r.lang ?? detectLang(`${r.title ?? ''}\n${r.question}`), title: r.title?.trim() || text.deriveTitle(r.question), body: r.question }));
  safety.triage(safety.deidentify(inputs[0].body, inputs[0].lang).text, inputs[0].lang);
  const best: Record<Part, number> = { deid: Infinity, triage: Infinity, search: Infinity };
  const hash: Record<Part, string> = { deid: '', triage: '', search: '' };
  for (let pass = 0; pass < 3; pass++) {
    let c0 = process.cpuUsage();
    const deid = inputs.map((t) => {
      const body = safety.deidentify(t.body, t.lang).text;
      return { title: t.title === t.body ? body : safety.deidentify(t.title, t.lang).text, body, lang: t.lang };
    });
    best.deid = Math.min(best.deid, cpuMs(c0));
    c0 = process.cpuUsage();
    const red = deid.map((t) => safety.triage(`${t.title}\n${t.body}`, t.lang));
    best.triage = Math.min(best.triage, cpuMs(c0));
    c0 = process.cpuUsage();
    const search = deid.map((t) => text.searchText(t.title, t.body));
    best.search = Math.min(best.search, cpuMs(c0));
    const sha = (v: unknown) => createHash('sha1').update(JSON.stringify(v)).digest('hex');
    Object.assign(hash, { deid: sha(deid), triage: sha(red), search: sha(search) });
  }
  console.log(JSON.stringify({ best, hash, n: records.length }));
} else {
  const commit = commitOrSide ?? 'bbaa4bb';
  const limit = limitArg ?? '5000';
  await withSafetyAt(
    commit,
    (dir) => {
      const sides = { earlier: join(dir, 'src'), current: join(import.meta.dirname, '../src') };
      const best = { earlier: { deid: Infinity, triage: Infinity, search: Infinity }, current: { deid: Infinity, triage: Infinity, search: Infinity } };
      const hashes = { earlier: {} as Record<Part, string>, current: {} as Record<Part, string> };
      let n = 0;
      for (let round = 0; round < 2; round++) {
        for (const side of ['earlier', 'current'] as const) {
          const out = execFileSync(process.execPath, [...NODE_FLAGS, '--import', 'tsx', self, '--child', fileArg ?? '', limit, sides[side]], { encoding: 'utf8', maxBuffer: 1 << 20 });
          const r = JSON.parse(out.trim().split('\n').pop()!) as { best: Record<Part, number>; hash: Record<Part, string>; n: number };
          n = r.n;
          for (const p of PARTS) best[side][p] = Math.min(best[side][p], r.best[p]);
          hashes[side] = r.hash;
        }
      }
      for (const p of PARTS) {
        const us = (side: 'earlier' | 'current') => `${((best[side][p] * 1000) / n).toFixed(0)} µs/thread`;
        const same = hashes.earlier[p] === hashes.current[p] ? 'same output' : 'output differs';
        console.log(`${p.padEnd(6)} ${n} threads, best of 2×3 passes, cpu: ${commit} ${us('earlier')}, current ${us('current')}, ratio ${(best.current[p] / best.earlier[p]).toFixed(2)}× (${same})`);
      }
    },
    ['src'],
  );
}
