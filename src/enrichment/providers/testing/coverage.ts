import type { EnrichmentInput, EnrichmentOutput } from '../types.js';
import { validateGenerated } from '../validate.js';
import { citationNumbersIn } from '../citations.js';
import { coverage, stemSet } from '../text/tokens.js';
import { countWords } from '../text/tokens.js';

/**
 * Threads at even positions are the report split, odd ones the development split: the built-in's
 * rules were looked at and adjusted on 'dev' only, so figures on 'report' are not tuned to it.
 */
export function reportSplit<T>(items: T[], split: 'report' | 'dev'): T[] {
  return items.filter((_, i) => (split === 'report' ? i % 2 === 0 : i % 2 === 1));
}

/**
 * Whether the caller found a relevant FAQ entry, judged independently of the provider's own filter:
 * some retrieved entry's topic (focus) is named, word for word, in the question or its answers.
 */
export function hasRelevantFaq(input: EnrichmentInput): boolean {
  const asked = stemSet(`${input.question.title} ${input.question.body} ${input.answers.map((a) => a.text).join(' ')}`);
  return input.passages.some((p) => {
    if (p.kind !== 'faq' || !p.focus) return false;
    const focus = stemSet(p.focus.replace(/^what i need to know about /i, '').replace(/:.*$/, ''));
    return focus.size > 0 && coverage(focus, asked) === 1;
  });
}

export function measureCoverage(inputs: EnrichmentInput[], outputs: EnrichmentOutput[]) {
  let withInfo = 0;
  let twoCitations = 0;
  let relevant = 0;
  let relevantTwo = 0;
  let valid = 0;
  let words = 0;
  let headlineIsTitle = 0;
  outputs.forEach((out, i) => {
    const input = inputs[i];
    const distinct = out.moreInfo ? new Set(citationNumbersIn(out.moreInfo.text)).size : 0;
    const resolvable = out.moreInfo ? out.moreInfo.sources.every((s) => input.passages.some((p) => p.url === s.url)) : false;
    if (out.moreInfo) {
      withInfo++;
      words += countWords(out.moreInfo.text);
    }
    const good = out.moreInfo !== null && citationNumbersIn(out.moreInfo.text).length >= 2 && resolvable;
    if (good) twoCitations++;
    if (validateGenerated(out, input).length === 0) valid++;
    if (out.headline.trim().toLowerCase() === input.question.title.trim().toLowerCase()) headlineIsTitle++;
    if (hasRelevantFaq(input)) {
      relevant++;
      if (good) relevantTwo++;
    }
    void distinct;
  });
  const share = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);
  return {
    withMoreInfoPct: share(withInfo, outputs.length),
    withTwoCitationsPct: share(twoCitations, outputs.length),
    questionsWithRelevantFaq: relevant,
    withTwoCitationsWhenRelevantFaqPct: share(relevantTwo, relevant),
    passValidationPct: share(valid, outputs.length),
    meanWords: withInfo ? Math.round(words / withInfo) : 0,
    headlineIsAskersTitle: headlineIsTitle,
  };
}
