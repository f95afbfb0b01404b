import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createBuiltinProvider, createLlmProvider, type EnrichmentProvider } from './providers/index.js';

/** The built-in provider unless an OpenAI-compatible endpoint is configured; the LLM always falls back to it. */
export function providerFromConfig(config: Config, log: Logger): EnrichmentProvider {
  const builtin = createBuiltinProvider();
  if (!config.llm) return builtin;
  return createLlmProvider({
    baseUrl: config.llm.baseUrl,
    model: config.llm.model,
    apiKey: config.llm.apiKey,
    timeoutMs: config.llm.timeoutMs,
    retries: config.llm.retries,
    concurrency: config.llm.concurrency,
    fallback: builtin,
    log: (msg, extra) => log.warn(extra ?? {}, msg),
  });
}
