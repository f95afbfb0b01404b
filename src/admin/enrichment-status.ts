import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { forbidden } from '../errors.js';
import { policy } from '../policies.js';

/** What the background work has done and what is stuck: for the operator, at a glance. */
export async function enrichmentStatus(db: Executor, actor: User | null) {
  if (!policy.administer(actor)) throw forbidden();
  const count = (n: unknown) => Number(n ?? 0);
  const [jobs, failed, published, withMoreInfo, reviewed, hiddenMoreInfo, withHeadline] = await Promise.all([
    db.selectFrom('jobs').select(['kind', 'status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['kind', 'status']).orderBy('kind').orderBy('status').execute(),
    db.selectFrom('jobs').select(['id', 'kind', 'key', 'attempts', 'last_error', 'updated_at']).where('status', '=', 'failed').orderBy('updated_at', 'desc').limit(50).execute(),
    db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow(),
    db
      .selectFrom('questions')
      .innerJoin('more_info', 'more_info.question_id', 'questions.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('questions.status', '=', 'published')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('questions')
      .innerJoin('more_info', 'more_info.question_id', 'questions.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('questions.status', '=', 'published')
      .where('more_info.reviewed_at', 'is not', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('questions')
      .innerJoin('more_info', 'more_info.question_id', 'questions.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('questions.status', '=', 'published')
      .where('more_info.hidden', '=', 1)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'published')
      .where(sql<boolean>`headline IS NOT NULL`)
      .executeTakeFirstOrThrow(),
  ]);
  const byStatus: Record<string, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const j of jobs) byStatus[j.status] = (byStatus[j.status] ?? 0) + count(j.n);
  const p = count(published.n);
  const m = count(withMoreInfo.n);
  const r = count(reviewed.n);
  return {
    jobs: { byStatus, byKind: jobs.map((j) => ({ kind: j.kind, status: j.status, n: count(j.n) })) },
    failed,
    questions: { published: p, withMoreInfo: m, withoutMoreInfo: p - m, withHeadline: count(withHeadline.n) },
    moreInfo: { reviewed: r, notReviewed: m - r, hidden: count(hiddenMoreInfo.n) },
  };
}
