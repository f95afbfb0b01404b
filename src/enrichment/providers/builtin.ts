import type { EnrichmentInput, EnrichmentOutput, EnrichmentProvider } from './types.js';
import { composeEnglish } from './composeEnglish.js';
import { composeChinese } from './composeChinese.js';
import { validateGenerated } from './validate.js';

/** Writes More Info only from sentences of the given passages, each cited; no network, no model. */
export function generateBuiltin(input: EnrichmentInput): EnrichmentOutput {
  const out = input.question.lang === 'en' ? composeEnglish(input) : composeChinese(input);
  // The composer already keeps the rules; this catches what it could not, rather than publish it.
  const problems = validateGenerated(out, input);
  const textProblems = problems.filter((p) => !p.startsWith('headline'));
  const headlineProblems = problems.filter((p) => p.startsWith('headline'));
  const warnings = [...(out.warnings ?? []), ...headlineProblems];
  // A headline that breaks a rule is never published: a neutral one in the department's name stands in.
  if (headlineProblems.length) out.headline = input.question.lang === 'en' ? `${input.question.department.name}: What to Know` : out.headline;
  if (textProblems.length && out.moreInfo) {
    return { ...out, moreInfo: null, warnings: [...warnings, ...textProblems.map((p) => `more info left out: ${p}`)] };
  }
  return { ...out, warnings };
}

export function createBuiltinProvider(): EnrichmentProvider {
  return {
    name: 'builtin',
    async generate(input) {
      return generateBuiltin(input);
    },
  };
}
