import type { Executor } from '../db/database.js';
import type { Question } from '../db/schema.js';
import { t } from '../i18n/index.js';
import { enqueue } from '../jobs/queue.js';

export const SEND_MAIL = 'send-mail';

/** Mail goes through the job queue so a mail server that is down delays it instead of losing it. */
export async function queueMail(db: Executor, mail: { to: string; subject: string; text: string }, key: string): Promise<void> {
  await enqueue(db, SEND_MAIL, key, mail, { maxAttempts: 8 });
}

export async function notify(db: Executor, userId: number, kind: string, message: string, questionId: number | null): Promise<void> {
  await db.insertInto('notifications').values({ user_id: userId, kind, question_id: questionId, message, read_at: null, created_at: new Date().toISOString() }).execute();
}

export async function notifyAskerOfAnswer(
  db: Executor,
  site: { publicUrl: string },
  question: Pick<Question, 'id' | 'title' | 'asker_user_id'>,
  answerId: number,
  doctorName: string,
): Promise<void> {
  if (!question.asker_user_id) return;
  const asker = await db.selectFrom('users').select(['id', 'email', 'display_name']).where('id', '=', question.asker_user_id).executeTakeFirst();
  if (!asker) return;
  await notify(db, asker.id, 'answered', `${doctorName} answered “${question.title}”`, question.id);
  await queueMail(
    db,
    {
      to: asker.email,
      subject: t.mail.answeredSubject(question.title),
      text: t.mail.answeredBody(asker.display_name, question.title, doctorName, `${site.publicUrl}/questions/${question.id}`),
    },
    `mail:answer:${answerId}`,
  );
}

export async function notifyModeratorsOfUrgent(db: Executor, question: Pick<Question, 'id' | 'title'>): Promise<void> {
  const mods = await db.selectFrom('users').select('id').where('role', 'in', ['moderator', 'admin']).where('suspended_at', 'is', null).execute();
  for (const m of mods) await notify(db, m.id, 'urgent', `Possible emergency: “${question.title}”`, question.id);
}

export async function unreadCount(db: Executor, userId: number): Promise<number> {
  const r = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
}
