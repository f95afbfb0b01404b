// Figures for docs/safety.md: triage recall and false alarms, de-identification coverage, a sanity check
// over the real shared seeds, and speed. `npm run bench:safety` (add `-- --verbose` to list every error,
// `-- --dev-only` while iterating so the held-out sets stay unseen; `-- --file path.jsonl` scores any labelled
// triage file in the same format, with the rules alone and with the learned complement, and stops).
import { existsSync, readFileSync } from 'node:fs';
import { deidentify, triage, IDENTIFIER_KINDS, type IdentifierKind } from '../src/safety/index.js';
import { triageByRules } from '../src/safety/triage/triage.js';
import { loadDeidSet, loadTriageSet, readJsonl, type TriageCase } from '../src/safety/eval/labelled.js';
import { evaluateTriage } from '../src/safety/eval/triage-metrics.js';
import { evaluateDeid } from '../src/safety/eval/deid-metrics.js';

const verbose = process.argv.includes('--verbose');
const devOnly = process.argv.includes('--dev-only');
const triageSets = devOnly ? (['dev'] as const) : (['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18'] as const);
const deidSets = devOnly ? (['dev'] as const) : (['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout14b', 'heldout15', 'heldout15b'] as const);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const fileAt = process.argv.indexOf('--file');
if (fileAt > 0) {
  const path = process.argv[fileAt + 1];
  const cases = readJsonl<TriageCase>(path);
  for (const [label, fn] of [['rules alone', triageByRules], ['rules + learned complement (triage)', triage]] as const) {
    const r = evaluateTriage(cases, fn);
    const lang = (l: string) => (r.byLang[l] ? `${r.byLang[l].recall.toFixed(3)} / ${r.byLang[l].falseAlarmRate.toFixed(3)}` : '–');
    console.log(`${path}, ${label}: ${r.cases} cases, ${r.emergencies} emergencies; recall ${r.recall.toFixed(3)}, false alarms ${r.falseAlarmRate.toFixed(3)}, category recall ${r.categoryRecall.toFixed(3)}; en ${lang('en')}, zh-Hant ${lang('zh-Hant')}, zh-Hans ${lang('zh-Hans')}`);
    if (verbose) {
      for (const m of r.misses) console.log(`  missed (${m.categories.join(',')}): ${m.text}`);
      for (const f of r.falseAlarms) console.log(`  false alarm (${f.found.categories.join(',')}): ${f.text}`);
    }
  }
  process.exit(0);
}
const started = performance.now();

console.log('## Triage — labelled sets (src/safety/testdata/triage-*.jsonl)\n');
// "rules alone" shows what the readable rules catch without the learned complement, which is trained on every set.
console.log('| set | cases | emergencies | recall | false-alarm rate | category recall | en recall/FA | zh-Hant recall/FA | zh-Hans recall/FA | rules alone recall/FA |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const rulesPooled = { caught: 0, emergencies: 0, falseAlarms: 0, calm: 0 };
for (const name of triageSets) {
  const cases = loadTriageSet(name);
  const r = evaluateTriage(cases, triage);
  const rules = evaluateTriage(cases, triageByRules);
  rulesPooled.caught += rules.emergencies - rules.misses.length;
  rulesPooled.emergencies += rules.emergencies;
  rulesPooled.falseAlarms += rules.falseAlarms.length;
  rulesPooled.calm += rules.cases - rules.emergencies;
  const lang = (l: string) => (r.byLang[l] ? `${r.byLang[l].recall.toFixed(3)} / ${r.byLang[l].falseAlarmRate.toFixed(3)}` : '–');
  console.log(
    `| ${name} | ${r.cases} | ${r.emergencies} | ${r.recall.toFixed(3)} | ${r.falseAlarmRate.toFixed(3)} | ${r.categoryRecall.toFixed(3)} | ${lang('en')} | ${lang('zh-Hant')} | ${lang('zh-Hans')} | ${rules.recall.toFixed(3)} / ${rules.falseAlarmRate.toFixed(3)} |`,
  );
  if (verbose || name !== 'dev') {
    for (const m of r.misses) console.log(`  missed [${name}] (${m.categories.join(',')}): ${m.text}`);
    for (const f of r.falseAlarms) console.log(`  false alarm [${name}] (${f.found.categories.join(',')}): ${f.text}`);
  }
}

console.log(`\nRules alone, all ${triageSets.length} sets pooled: recall ${rulesPooled.caught}/${rulesPooled.emergencies} (${(rulesPooled.caught / rulesPooled.emergencies).toFixed(3)}), false alarms ${rulesPooled.falseAlarms}/${rulesPooled.calm}`);
console.log('\n## De-identification — labelled sets (src/safety/testdata/deid-*.jsonl)\n');
const kindHeader = IDENTIFIER_KINDS.join(' | ');
console.log(`| set | cases | ${kindHeader} | all identifiers | medical content wrongly removed | stray redactions |`);
console.log(`|---|---|${IDENTIFIER_KINDS.map(() => '---|').join('')}---|---|---|`);
for (const name of deidSets) {
  const r = evaluateDeid(loadDeidSet(name), deidentify);
  const cells = IDENTIFIER_KINDS.map((k) => {
    const c = r.byKind[k];
    return c ? `${c.removed}/${c.total}` : '–';
  });
  console.log(
    `| ${name} | ${r.cases} | ${cells.join(' | ')} | ${r.removed}/${r.identifiers} (${pct(r.removed / r.identifiers)}) | ${r.keepRemoved}/${r.keepSpans} (${pct(r.keepRemoved / r.keepSpans)}) | ${r.strayRedactions} |`,
  );
  if (verbose || name !== 'dev') {
    for (const m of r.missed) console.log(`  missed [${name}] ${m.kind} «${m.value}»: ${m.text}`);
    for (const o of r.overRemoved) console.log(`  medical removed [${name}] «${o.value}» by «${o.by}»: ${o.text}`);
    for (const s of r.strays) console.log(`  stray [${name}] ${s.kind} «${s.original}»: ${s.text}`);
  }
}

// ── Sanity check on the real seeds: how often does triage alarm, how often does de-identification fire? ──
interface SeedThread { id: string; title: string | null; question: string; answers?: string[]; lang: 'en' | 'zh-Hans' }
const seedFiles = ['../shared/data/seed_qa_en.jsonl', '../shared/data/seed_qa_zh.jsonl'];
const questionText = (t: SeedThread) => (t.title && t.title !== t.question ? `${t.title}\n${t.question}` : t.question);
// A fixed stride, so the sample is the same every run and spread over the whole file.
const sample = <T>(xs: T[], n: number) => xs.filter((_, i) => i % Math.max(1, Math.ceil(xs.length / n)) === 0).slice(0, n);

if (seedFiles.every((f) => existsSync(f))) {
  console.log('\n## Seeds sanity check (../shared/data/seed_qa_*.jsonl, unlabelled)\n');
  const allQuestions: SeedThread[] = [];
  // The sanity passes double as the speed measurement (one pass each keeps the bench short);
  // one call first loads the Chinese conversion tables, so loading is not timed.
  triage('胸痛');
  let triageMs = 0;
  let deidMs = 0;
  const timed = <T>(fn: () => T, add: (ms: number) => void): T => {
    const t0 = performance.now();
    const out = fn();
    add(performance.now() - t0);
    return out;
  };
  for (const file of seedFiles) {
    const threads = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SeedThread);
    allQuestions.push(...threads);
    const flagged = threads
      .map((t) => ({ t, r: timed(() => triage(questionText(t), t.lang), (ms) => (triageMs += ms)) }))
      .filter((x) => x.r.emergency);
    const byCategory: Record<string, number> = {};
    for (const f of flagged) for (const c of f.r.categories) byCategory[c] = (byCategory[c] ?? 0) + 1;
    // Of those, how many the learned complement added (the rules alone let them through).
    const byModel = flagged.filter((f) => !triageByRules(questionText(f.t)).emergency);
    console.log(`triage ${file}: ${flagged.length}/${threads.length} questions flagged (${pct(flagged.length / threads.length)}) ${JSON.stringify(byCategory)}; ${byModel.length} of them by the learned complement alone (half these seeds trained it as negatives)`);
    for (const f of byModel.slice(0, verbose ? 1000 : 5)) console.log(`  model only [${f.r.categories.join(',')}] ${questionText(f.t).replace(/\s+/g, ' ').slice(0, 140)}`);
    for (const f of sample(flagged, verbose ? 1000 : 8)) console.log(`  [${f.r.categories.join(',')}] ${questionText(f.t).replace(/\s+/g, ' ').slice(0, 140)}`);

    for (const [part, texts] of [
      ['questions', threads.map(questionText)],
      ['answers', threads.flatMap((t) => t.answers ?? [])],
    ] as const) {
      const byKind: Partial<Record<IdentifierKind, number>> = {};
      const shown: string[] = [];
      let withAny = 0;
      for (const text of texts) {
        const { redactions } = timed(() => deidentify(text), (ms) => (part === 'questions' ? (deidMs += ms) : undefined));
        if (redactions.length > 0) withAny++;
        for (const r of redactions) {
          byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
          shown.push(`  ${r.kind} «${r.original}» in …${text.slice(Math.max(0, r.start - 30), r.end + 30).replace(/\s+/g, ' ')}…`);
        }
      }
      console.log(`de-identification ${file} ${part}: ${withAny}/${texts.length} texts with a redaction ${JSON.stringify(byKind)}`);
      for (const line of sample(shown, verbose ? 1000 : 8)) console.log(line);
    }
  }

  // The seeds hold almost no identifiers, so also probe the NIH FAQ answers: long medical prose full of doses,
  // dates and numbers, where every redaction is either an organisation's contact detail or a false positive.
  const faqFile = '../shared/data/faq_medquad.jsonl';
  if (existsSync(faqFile)) {
    const answers = readFileSync(faqFile, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { answer: string }).answer);
    const byKind: Partial<Record<IdentifierKind, number>> = {};
    const shown: string[] = [];
    for (const text of answers) {
      for (const r of deidentify(text, 'en').redactions) {
        byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
        if (r.kind !== 'url' && r.kind !== 'phone') shown.push(`  ${r.kind} «${r.original}» in …${text.slice(Math.max(0, r.start - 30), r.end + 30).replace(/\s+/g, ' ')}…`);
      }
    }
    console.log(`de-identification ${faqFile} answers: ${JSON.stringify(byKind)} over ${answers.length} answers`);
    for (const line of sample(shown, verbose ? 1000 : 8)) console.log(line);
  }

  // ── Speed, against a naive baseline computed in the same run: one keyword regex over lower-cased text. ──
  const texts = allQuestions.map(questionText);
  const naive = /chest pain|stroke|suicid|bleeding|anaphyla|overdose|breath|seizure|fever|pregnan|head|胸痛|中风|自杀|出血|过敏|中毒|呼吸|抽搐|发烧|怀孕|头/;
  const t0 = performance.now();
  for (const t of texts) naive.test(t.toLowerCase());
  const baseline = performance.now() - t0;
  console.log(`\n## Speed over ${texts.length} seed questions\n`);
  console.log(`naive keyword scan (baseline): ${baseline.toFixed(0)} ms`);
  console.log(`triage: ${triageMs.toFixed(0)} ms (${(triageMs / texts.length).toFixed(3)} ms/question, ${(triageMs / baseline).toFixed(1)}× baseline)`);
  // The rules alone and the whole of triage once more, back to back, to show what the learned complement costs.
  let t1 = performance.now();
  for (const t of texts) triageByRules(t);
  const rulesMs = performance.now() - t1;
  t1 = performance.now();
  for (const t of texts) triage(t);
  const againMs = performance.now() - t1;
  console.log(`triage, second pass: ${(againMs / texts.length).toFixed(3)} ms/question; rules alone: ${(rulesMs / texts.length).toFixed(3)} ms/question`);
  console.log(`deidentify: ${deidMs.toFixed(0)} ms (${(deidMs / texts.length).toFixed(3)} ms/question, ${(deidMs / baseline).toFixed(1)}× baseline)`);
} else {
  console.log('\n(seeds sanity check skipped: ../shared/data/seed_qa_*.jsonl not found)');
}
// ── Worst case: 20,000-character bodies built to make regular expressions backtrack (runs of dots, dashes,
// half e-mails, half addresses, half self-introductions). Linear patterns keep each well under a second.
const make = (unit: string, n = 20_000) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const hostile = ['a@', 'a-', 'a.', 'A1', '1/', '09', '0-', '+1-', '(1', '1.', 'aa.bb@', 'www.a', 'http://a.', '12 Ab ', 'I am Ab Cd ',
  'born 1 ', 'MRN 1', 'no ', 'pain ', '路1', '区路', '我是王', '我叫', '病历号1', '民國1', '年1月', '胸痛', '没有',
  // session 7's rules: numbers read out or spaced, name leads, Chinese districts, 点 e-mails
  'one ', '一 ', '1 - ', 'MRN 1 ', '区', '省市区', "i'm gary ", '— a ', 'a点', '我是王小啦'];
let worstDeid = { unit: '', ms: 0 };
let worstTriage = { unit: '', ms: 0 };
let linear = 0;
for (const unit of hostile) {
  const body = make(unit);
  let t0 = performance.now();
  body.toLowerCase().includes('\u0000');
  linear = Math.max(linear, performance.now() - t0);
  t0 = performance.now();
  deidentify(body);
  const d = performance.now() - t0;
  t0 = performance.now();
  triage(body);
  const t = performance.now() - t0;
  if (d > worstDeid.ms) worstDeid = { unit, ms: d };
  if (t > worstTriage.ms) worstTriage = { unit, ms: t };
}
console.log(`\n## Worst case over ${hostile.length} hostile 20,000-character bodies\n`);
console.log(`linear pass (lower-case + search, baseline): ${linear.toFixed(2)} ms`);
console.log(`deidentify: ${worstDeid.ms.toFixed(0)} ms (on ${JSON.stringify(worstDeid.unit)} repeated, ${(worstDeid.ms / Math.max(linear, 0.01)).toFixed(0)}× baseline)`);
console.log(`triage: ${worstTriage.ms.toFixed(0)} ms (on ${JSON.stringify(worstTriage.unit)} repeated, ${(worstTriage.ms / Math.max(linear, 0.01)).toFixed(0)}× baseline)`);

console.log(`\nbench:safety finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
