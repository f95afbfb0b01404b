// The safety code (src/safety, and src/lexicon where the commit has it: de-identification reads its word list
// since 183092c) as it stood at an earlier commit, unpacked from git beside this checkout's node_modules, for the
// scripts that compare the current code with it (bench-*-vs-commit, bench-triage-cpu, diff-deid-vs-commit,
// the leave-one-set-out rules in triage-sets.ts).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const hasPath = (commit: string, path: string) => {
  try {
    execSync(`git cat-file -e ${commit}:${path}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Unpacks the safety code at `commit` into `dir` (made if missing). */
export function unpackSafetyAt(commit: string, dir: string): void {
  const paths = ['src/safety', 'src/lexicon'].filter((p) => hasPath(commit, p));
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} ${paths.join(' ')} | tar -x -C ${dir}`);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
}

/** Runs `use` on a temporary folder holding the safety code at `commit`, removed afterwards. */
export async function withSafetyAt<T>(commit: string, use: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'safety-at-'));
  try {
    unpackSafetyAt(commit, dir);
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
