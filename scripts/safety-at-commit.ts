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

/** Unpacks the safety code at `commit` (or the given folders, e.g. all of src) into `dir` (made if missing). */
export function unpackSafetyAt(commit: string, dir: string, folders = ['src/safety', 'src/lexicon']): void {
  const paths = folders.filter((p) => hasPath(commit, p));
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} ${paths.join(' ')} | tar -x -C ${dir}`);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
}

/** Runs `use` on a temporary folder holding the safety code (or `folders`) at `commit`, removed afterwards. */
export async function withSafetyAt<T>(commit: string, use: (dir: string) => Promise<T> | T, folders?: string[]): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'safety-at-'));
  try {
    unpackSafetyAt(commit, dir, folders);
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
