import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

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

/**
 * The records of a JSON Lines file that parse and pass `schema`, with their line numbers. A line
 * that is not JSON, or not a valid record, is counted as failed and reported (`describe` words the
 * reason), and reading goes on: an import keeps every good line.
 */
export async function* readValidRecords<T>(
  path: string,
  schema: z.ZodType<T>,
  describe: (value: unknown, error: z.ZodError) => string,
  counts: ImportCounts,
  report: { error(line: number, reason: string): void },
): AsyncGenerator<{ line: number; record: T }> {
  for await (const item of readJsonLines(path)) {
    if (item.error) {
      counts.failed++;
      report.error(item.line, item.error);
      continue;
    }
    const parsed = schema.safeParse(item.value);
    if (!parsed.success) {
      counts.failed++;
      report.error(item.line, describe(item.value, parsed.error));
      continue;
    }
    yield { line: item.line, record: parsed.data };
  }
}
