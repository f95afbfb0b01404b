import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Portable column conventions (the same queries run on SQLite and PostgreSQL):
 * timestamps are ISO-8601 UTC strings, booleans are 0/1 integers, JSON is text.
 */

export type Role = 'patient' | 'doctor' | 'moderator' | 'admin';
export type QuestionStatus = 'pending' | 'held' | 'published' | 'hidden' | 'withdrawn';
export type Lang = 'en' | 'zh-Hant' | 'zh-Hans';

export interface DepartmentTable {
  id: Generated<number>;
  slug: string;
  name_en: string;
  name_zh: string;
  description: string;
  sort_order: number;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  role: Role;
  display_name: string;
  email_verified_at: string | null;
  suspended_at: string | null;
  suspended_reason: string | null;
  created_at: string;
}

export interface DoctorTable {
  id: Generated<number>;
  user_id: number | null;
  name: string;
  department_id: number;
  hospital: string;
  sign_off: string;
  bio: string;
  verified: number;
  /** 'imported' for authors created by an archive import, 'local' for real accounts. */
  source: string;
  created_at: string;
}

export interface SessionTable {
  id: string; // sha256 of the cookie value
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface EmailTokenTable {
  token_hash: string;
  user_id: number;
  purpose: 'verify' | 'reset';
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface QuestionTable {
  id: Generated<number>;
  external_id: string | null;
  source: string | null;
  source_url: string | null;
  department_id: number;
  asker_user_id: number | null;
  title: string;
  headline: string | null;
  headline_edited: number;
  body: string;
  lang: Lang;
  asker_name: string;
  asker_age_range: string | null;
  asker_sex: string | null;
  status: QuestionStatus;
  urgent: number;
  triage_categories: string | null; // JSON array
  consent_at: string | null;
  asked_at: string;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  /** Normalised tokens for the full-text index (see similarity/searchTokens). */
  search_text: string;
  /** sha1 of normalised title+body, so the same text is never suggested twice. */
  text_hash: string;
  tags: string | null; // JSON array
}

export interface AnswerTable {
  id: Generated<number>;
  question_id: number;
  doctor_id: number;
  text: string;
  answered_at: string;
  created_at: string;
  updated_at: string;
}

export interface FaqTable {
  id: Generated<number>;
  external_id: string | null;
  source: string;
  focus: string;
  qtype: string;
  question: string;
  answer: string;
  url: string | null;
  lang: Lang;
  license: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface QuestionSimilarTable {
  question_id: number;
  similar_id: number;
  rank: number;
  score: number;
}

export interface QuestionFaqTable {
  question_id: number;
  faq_id: number;
  rank: number;
  score: number;
}

export interface MoreInfoTable {
  question_id: number;
  text: string;
  sources: string; // JSON [{n,title,url}]
  provider: string;
  generated_at: string;
  edited_at: string | null;
  edited_by: number | null;
  reviewed_at: string | null;
  reviewed_by: number | null;
  hidden: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_user_id: number | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  details: string | null; // JSON
  created_at: string;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  question_id: number | null;
  message: string;
  read_at: string | null;
  created_at: string;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** Deduplication key: at most one queued job per key. */
  key: string;
  payload: string; // JSON
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_at: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface SitePageTable {
  key: string;
  title: string;
  body: string;
  updated_at: string;
  updated_by: number | null;
}

export interface ReportTable {
  id: Generated<number>;
  question_id: number;
  answer_id: number | null;
  reporter_user_id: number | null;
  reason: string;
  details: string;
  status: 'open' | 'resolved';
  resolved_by: number | null;
  resolved_at: string | null;
  created_at: string;
}

export interface RateLimitTable {
  key: string;
  count: number;
  reset_at: number;
}

export interface ContentVersionTable {
  /** 'questions' or 'site' (see migration 20261125T1202_content_versions). */
  scope: string;
  version: number;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface QuestionOriginalTable {
  question_id: number;
  title: string;
  body: string;
  created_at: string;
}

export interface DB {
  rate_limits: RateLimitTable;
  content_versions: ContentVersionTable;
  question_originals: QuestionOriginalTable;
  settings: SettingTable;
  departments: DepartmentTable;
  users: UserTable;
  doctors: DoctorTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  email_tokens: EmailTokenTable;
  questions: QuestionTable;
  answers: AnswerTable;
  faqs: FaqTable;
  question_similar: QuestionSimilarTable;
  question_faqs: QuestionFaqTable;
  more_info: MoreInfoTable;
  audit_log: AuditLogTable;
  notifications: NotificationTable;
  jobs: JobTable;
  site_pages: SitePageTable;
  reports: ReportTable;
}

export type Department = Selectable<DepartmentTable>;
export type User = Selectable<UserTable>;
export type Doctor = Selectable<DoctorTable>;
export type Question = Selectable<QuestionTable>;
export type NewQuestion = Insertable<QuestionTable>;
export type QuestionUpdate = Updateable<QuestionTable>;
export type Answer = Selectable<AnswerTable>;
export type Faq = Selectable<FaqTable>;
export type Job = Selectable<JobTable>;
