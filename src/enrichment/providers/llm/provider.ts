import type { EnrichmentInput, EnrichmentOutput, EnrichmentProvider } from '../types.js';
import { validateGenerated } from '../validate.js';
import { chatCompletion, EndpointError } from './chatClient.js';
import { createLimiter } from './limiter.js';
import { buildMessages } from './prompt.js';
import { MalformedReply, parseReply } from './reply.js';

export interface LlmProviderOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Further attempts after the first, for a down, slow or failing endpoint (not for a bad reply). */
  retries?: number;
  /** Requests in flight at once across all callers of this provider. */
  concurrency?: number;
  fallback: EnrichmentProvider;
  log?: (msg: string, extra?: object) => void;
  /** Base delay between attempts, doubled each time. */
  backoffMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * More Info from an OpenAI-compatible chat endpoint, told to use and cite only the given passages.
 * Whatever it returns is checked by validateGenerated; on any failure the fallback provider (the
 * built-in) writes the output instead and the reason is recorded in `warnings`.
 */
export function createLlmProvider(opts: LlmProviderOptions): EnrichmentProvider {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const retries = opts.retries ?? 2;
  const backoffMs = opts.backoffMs ?? 500;
  const limit = createLimiter(Math.max(1, opts.concurrency ?? 2));
  const log = opts.log ?? (() => {});

  async function ask(input: EnrichmentInput): Promise<string> {
    const messages = buildMessages(input);
    for (let attempt = 0; ; attempt++) {
      try {
        return await limit(() => chatCompletion({ baseUrl: opts.baseUrl, model: opts.model, apiKey: opts.apiKey, timeoutMs, messages }));
      } catch (err) {
        const retryable = err instanceof EndpointError && err.retryable;
        if (!retryable || attempt >= retries) throw err;
        const delay = backoffMs * 2 ** attempt;
        log('llm attempt failed; retrying', { attempt: attempt + 1, delayMs: delay, reason: (err as Error).message });
        await sleep(delay);
      }
    }
  }

  async function fallBack(input: EnrichmentInput, reason: string): Promise<EnrichmentOutput> {
    log('llm output not used; falling back', { reason });
    const out = await opts.fallback.generate(input);
    return { ...out, warnings: [...(out.warnings ?? []), `llm fallback: ${reason}`] };
  }

  return {
    name: 'llm',
    async generate(input) {
      let content: string;
      try {
        content = await ask(input);
      } catch (err) {
        return fallBack(input, (err as Error).message);
      }
      let out: EnrichmentOutput;
      try {
        out = parseReply(content, input);
      } catch (err) {
        if (err instanceof MalformedReply) return fallBack(input, `malformed reply: ${err.message}`);
        throw err;
      }
      const problems = validateGenerated(out, input);
      if (problems.length === 0) return out;
      // A good text under a bad headline (say, the asker's own title) keeps the text; only the headline is replaced.
      if (problems.every((p) => p.startsWith('headline'))) {
        const fallback = await opts.fallback.generate(input);
        log('llm headline not used', { problems });
        return { ...out, headline: fallback.headline, warnings: [...(out.warnings ?? []), `llm headline replaced: ${problems.join('; ')}`] };
      }
      return fallBack(input, `check failed: ${[...(out.warnings ?? []), ...problems].slice(0, 4).join('; ')}`);
    },
  };
}
