import type { AppDeps } from '../context.js';

/** Answered questions that look like a text being typed (the ask form's "these look like yours"). */
export function lookAlike(deps: Pick<AppDeps, 'related'>, text: string, k: number): { id: number; title: string; url: string }[] {
  if (text.trim().length < 12) return [];
  const hits = deps.related.questions.query(text, { k }).filter((h) => h.score >= 0.1);
  return hits.map((h) => ({ id: Number(h.id), title: deps.related.titles.get(h.id) ?? 'Answered question', url: `/questions/${h.id}` }));
}
