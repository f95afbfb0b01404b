import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export class UnreadableFileError extends Error {}

/** Reads a JSON Lines file one line at a time (never the whole file in memory); blank lines are skipped. */
export async function* readJsonLines(path: string): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  try {
    await access(path);
  } catch (err) {
    throw new UnreadableFileError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch {
      yield { line, error: 'not valid JSON' };
    }
  }
}

export interface ImportCounts {
  imported: number;
  updated: number;
  failed: number;
}
