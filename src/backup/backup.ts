import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import type { Database } from '../db/database.js';
import { sqlitePath } from '../db/database.js';

/**
 * Backups use each database's own tools: SQLite's online backup API (a
 * consistent copy while the site keeps running) and PostgreSQL's pg_dump /
 * pg_restore in custom format.
 */
export async function backup(database: Database, opts: { databaseUrl?: string }, file: string): Promise<void> {
  if (database.dialect === 'sqlite') {
    await database.sqlite!.backup(file);
    return;
  }
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, opts.databaseUrl!]);
}

/**
 * Replaces the whole site with a backup. On SQLite the file is checked first
 * (it must open and pass an integrity check) and swapped in atomically; stop
 * the app servers before restoring.
 */
export async function restore(opts: { databaseUrl?: string; dataDir: string }, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  if (!opts.databaseUrl) {
    const check = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`backup failed its integrity check: ${String(result)}`);
      check.prepare('SELECT count(*) FROM questions').get();
    } finally {
      check.close();
    }
    const target = sqlitePath(opts.dataDir);
    const staged = `${target}.restoring`;
    copyFileSync(file, staged);
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(staged, target);
    return;
  }
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', `--dbname=${opts.databaseUrl}`, file]);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) => reject(new Error(`${cmd} could not run: ${e.message} (install the PostgreSQL client tools)`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err.trim().slice(0, 500)}`))));
  });
}
