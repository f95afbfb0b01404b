// The enrichment providers: what writes a question page's generated headline and its More Info.
export type {
  Lang,
  Passage,
  EnrichmentInput,
  EnrichmentOutput,
  EnrichmentProvider,
  MoreInfoSource,
} from './types.js';
export { createBuiltinProvider } from './builtin.js';
export { createLlmProvider } from './llm/provider.js';
export type { LlmProviderOptions } from './llm/provider.js';
export { validateGenerated } from './validate.js';
