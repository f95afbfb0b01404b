import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Configuration is parsed once at start-up into a frozen object and passed in
 * (createApp(config)); nothing reads process.env after this.
 */
const flag = (def: '0' | '1') =>
  z
    .enum(['0', '1', 'true', 'false'])
    .default(def)
    .transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (or be unset for SQLite)')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO_CONTENT: flag('1'),
  HOLD_FIRST_QUESTION: flag('0'),
  RATE_LIMIT: flag('1'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must look like smtp://user:pass@host:port').optional(),
  MAIL_FROM: z.string().default('OpenConsult <no-reply@openconsult.local>'),
  PUBLIC_URL: z.string().url().optional(),
  SITE_NAME: z.string().default('OpenConsult'),
  SESSION_SECRET: z.string().min(16).optional(),
  LLM_BASE_URL: z.string().url().optional(),
  LLM_MODEL: z.string().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(30000),
  LLM_RETRIES: z.coerce.number().int().min(0).default(1),
  LLM_CONCURRENCY: z.coerce.number().int().positive().default(2),
  JOBS: flag('1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ORIGINAL_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  EMERGENCY_NUMBERS: z.string().optional(),
  TRUST_PROXY: flag('0'),
  // Site searches whose hits are kept until the question index next changes (0: none). Benchmarks
  // measure search with 0 and report cached figures apart: their queries repeat.
  SEARCH_CACHE_QUERIES: z.coerce.number().int().min(0).max(100_000).default(1000),
});

export type Config = Readonly<{
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoContent: boolean;
  holdFirstQuestion: boolean;
  rateLimit: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  siteName: string;
  sessionSecret: string | undefined;
  llm: Readonly<{ baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number; retries: number; concurrency: number }> | undefined;
  jobs: boolean;
  logLevel: string;
  originalRetentionDays: number;
  emergencyNumbers: ReadonlyArray<{ label: string; number: string }> | undefined;
  trustProxy: boolean;
  searchCacheQueries: number;
}>;

export class ConfigError extends Error {}

/** Parses the environment; every bad variable is listed in one error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.LLM_BASE_URL && !e.LLM_MODEL) {
    throw new ConfigError('Invalid configuration:\n  LLM_MODEL: required when LLM_BASE_URL is set');
  }
  let emergencyNumbers: Config['emergencyNumbers'];
  if (e.EMERGENCY_NUMBERS) {
    // "Emergency (Taiwan)=119;Suicide prevention (Taiwan)=1925"
    emergencyNumbers = e.EMERGENCY_NUMBERS.split(';')
      .map((pair) => pair.split('='))
      .filter((p) => p.length === 2 && p[0].trim() && p[1].trim())
      .map(([label, number]) => ({ label: label.trim(), number: number.trim() }));
  }
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    demoContent: e.DEMO_CONTENT,
    holdFirstQuestion: e.HOLD_FIRST_QUESTION,
    rateLimit: e.RATE_LIMIT,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    siteName: e.SITE_NAME,
    sessionSecret: e.SESSION_SECRET,
    llm: e.LLM_BASE_URL
      ? Object.freeze({
          baseUrl: e.LLM_BASE_URL.replace(/\/$/, ''),
          model: e.LLM_MODEL!,
          apiKey: e.LLM_API_KEY,
          timeoutMs: e.LLM_TIMEOUT_MS,
          retries: e.LLM_RETRIES,
          concurrency: e.LLM_CONCURRENCY,
        })
      : undefined,
    jobs: e.JOBS,
    logLevel: e.LOG_LEVEL,
    originalRetentionDays: e.ORIGINAL_RETENTION_DAYS,
    emergencyNumbers,
    trustProxy: e.TRUST_PROXY,
    searchCacheQueries: e.SEARCH_CACHE_QUERIES,
  };
  return Object.freeze(config);
}
