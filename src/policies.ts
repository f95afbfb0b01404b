import type { Doctor, Question, User } from './db/schema.js';

/**
 * Who may do what, in one place. Every service function checks one of these
 * as its first step; handlers never decide permissions themselves.
 */
export const policy = {
  ask: (user: User | null) => !!user && user.role === 'patient' && !user.suspended_at,
  /** A verified doctor answers only in their own department. */
  answer: (user: User | null, doctor: Doctor | undefined, q: Pick<Question, 'department_id' | 'status'>) =>
    !!user &&
    user.role === 'doctor' &&
    !user.suspended_at &&
    !!doctor &&
    doctor.verified === 1 &&
    doctor.department_id === q.department_id &&
    (q.status === 'pending' || q.status === 'published'),
  /** The asker edits or withdraws until a doctor has answered. */
  editOwnQuestion: (user: User | null, q: Pick<Question, 'asker_user_id' | 'status'>) =>
    !!user && q.asker_user_id === user.id && (q.status === 'pending' || q.status === 'held'),
  moveQuestion: (user: User | null, doctor: Doctor | undefined, q: Pick<Question, 'department_id'>) =>
    !!user &&
    (user.role === 'moderator' ||
      user.role === 'admin' ||
      (user.role === 'doctor' && !!doctor && doctor.verified === 1 && doctor.department_id === q.department_id)),
  moderate: (user: User | null) => !!user && (user.role === 'moderator' || user.role === 'admin'),
  administer: (user: User | null) => !!user && user.role === 'admin',
  /** Published questions are public; others only for their asker, doctors of the department and moderators. */
  viewQuestion: (user: User | null, doctor: Doctor | undefined, q: Pick<Question, 'status' | 'asker_user_id' | 'department_id'>) =>
    q.status === 'published' ||
    (!!user &&
      (q.asker_user_id === user.id ||
        user.role === 'moderator' ||
        user.role === 'admin' ||
        (q.status === 'pending' && user.role === 'doctor' && !!doctor && doctor.verified === 1 && doctor.department_id === q.department_id))),
  /** Review, edit or hide generated More Info and headline: any verified doctor of the department. */
  reviewEnrichment: (user: User | null, doctor: Doctor | undefined, q: Pick<Question, 'department_id'>) =>
    !!user && user.role === 'doctor' && !!doctor && doctor.verified === 1 && doctor.department_id === q.department_id,
};
