// First: how V8 compiles the patterns of every module imported after it (regexp-tiering.ts).
import './regexp-tiering.js';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { ConfigError, loadConfig } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { UnreadableFileError } from '../importer/jsonl.js';
import { importQaFile } from '../importer/qa-import.js';
import { importFaqFile } from '../importer/faq-import.js';
import { addUser } from './user-add.js';
import { createApiToken } from '../accounts/sessions.js';
import { findUserByEmail } from '../accounts/users.js';
import { runSimilarityPairs, runSimilarityRank } from '../similarity/index.js';
import { backup, restore } from '../backup/backup.js';

const USAGE = `Usage: npm run -s cli -- <command>

  import FILE.jsonl                 import Q&A threads
  faq import FILE.jsonl             import FAQ entries
  user add --role R --email E --password P --name N [--department SLUG]
  token create --email E            print an API token for that user
  enrich                            run all pending background work, then exit
  similarity pairs --in F --out G   score question pairs
  similarity rank --corpus C --queries Q --top K --out G
  migrate                           apply pending database migrations
  backup FILE                       copy the whole site's database to FILE
  restore FILE                      replace the site's database with FILE (stop the servers first)
`;

class UsageError extends Error {}

function reporter() {
  return {
    error: (line: number, reason: string) => process.stderr.write(`line ${line}: ${reason}\n`),
    warn: (line: number, message: string) => process.stderr.write(`line ${line}: warning: ${message}\n`),
  };
}

async function runImport(rt: Runtime, kind: 'qa' | 'faq', file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('give the file to import');
  try {
    const counts = kind === 'qa' ? await importQaFile(rt.database, file, reporter()) : await importFaqFile(rt.database, file, reporter());
    process.stdout.write(`${JSON.stringify(counts)}\n`);
    return counts.failed > 0 ? 2 : 0;
  } catch (err) {
    if (err instanceof UnreadableFileError) {
      process.stderr.write(`${err.message}\n`);
      process.stdout.write(`${JSON.stringify({ imported: 0, updated: 0, failed: 0 })}\n`);
      return 1;
    }
    throw err;
  }
}

function flags(args: string[], options: Record<string, { type: 'string' }>) {
  try {
    return parseArgs({ args, options, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function main(argv: string[]): Promise<number> {
  const [cmd, sub, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 1;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  // Similarity commands work on files only; they need no database.
  if (cmd === 'similarity') {
    if (sub === 'pairs') {
      const f = flags(rest, { in: { type: 'string' }, out: { type: 'string' } });
      if (!f.in || !f.out) throw new UsageError('similarity pairs needs --in and --out');
      await runSimilarityPairs({ in: f.in, out: f.out });
      return 0;
    }
    if (sub === 'rank') {
      const f = flags(rest, { corpus: { type: 'string' }, queries: { type: 'string' }, top: { type: 'string' }, out: { type: 'string' } });
      if (!f.corpus || !f.queries || !f.out) throw new UsageError('similarity rank needs --corpus, --queries, --top and --out');
      const top = Number(f.top ?? 10);
      if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a positive whole number');
      await runSimilarityRank({ corpus: f.corpus, queries: f.queries, top, out: f.out });
      return 0;
    }
    throw new UsageError(`unknown similarity command "${sub ?? ''}"`);
  }

  if (cmd === 'restore') {
    if (!sub) throw new UsageError('give the backup file to restore');
    await restore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, sub);
    process.stdout.write(`restored ${sub}\n`);
    return 0;
  }

  // Every other command applies pending migrations first (openRuntime does).
  const rt = await openRuntime(config, { logDestination: pino.destination(2) });
  try {
    switch (cmd) {
      case 'backup':
        if (!sub) throw new UsageError('give the file to write the backup to');
        await backup(rt.database, { databaseUrl: config.databaseUrl }, sub);
        process.stdout.write(`backup written to ${sub}\n`);
        return 0;
      case 'migrate':
        process.stdout.write('migrations applied\n');
        return 0;
      case 'import':
        return await runImport(rt, 'qa', sub);
      case 'faq':
        if (sub !== 'import') throw new UsageError('did you mean: faq import FILE.jsonl');
        return await runImport(rt, 'faq', rest[0]);
      case 'user': {
        if (sub !== 'add') throw new UsageError('did you mean: user add …');
        const f = flags(rest, { role: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, department: { type: 'string' }, hospital: { type: 'string' } });
        const user = await addUser(rt.database.db, f);
        process.stdout.write(`${JSON.stringify({ id: user.id, email: user.email, role: user.role })}\n`);
        return 0;
      }
      case 'token': {
        if (sub !== 'create') throw new UsageError('did you mean: token create --email E');
        const f = flags(rest, { email: { type: 'string' } });
        const user = f.email ? await findUserByEmail(rt.database.db, f.email) : undefined;
        if (!user) throw new UsageError(`no user with e-mail ${f.email ?? '(none given)'}`);
        process.stdout.write(`${await createApiToken(rt.database.db, user.id)}\n`);
        return 0;
      }
      case 'enrich': {
        const started = Date.now();
        await rt.related.sync(rt.database.db);
        const r = await rt.worker.drain({ ignoreSchedule: true });
        process.stdout.write(`${JSON.stringify({ ...r, seconds: Math.round((Date.now() - started) / 100) / 10 })}\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } finally {
    await rt.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError || err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n\n${err instanceof UsageError ? USAGE : ''}`);
      process.exit(1);
    }
    if (err && err.name === 'DomainError') {
      process.stderr.write(`${err.message}${err.fields ? `: ${JSON.stringify(err.fields)}` : ''}\n`);
      process.exit(1);
    }
    process.stderr.write(`${err?.stack ?? err}\n`);
    process.exit(1);
  },
);
