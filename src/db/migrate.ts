import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/20261125T0930_initial.js';
import * as referenceDepartments from './migrations/20261125T0931_reference_departments.js';
import * as fullTextSearch from './migrations/20261125T0932_full_text_search.js';
import * as settings from './migrations/20261125T0933_settings.js';
import * as questionOriginals from './migrations/20261125T0934_question_originals.js';
import * as auditLogAppendOnly from './migrations/20261125T1100_audit_log_append_only.js';
import * as moderationIndexes from './migrations/20261125T1101_moderation_indexes.js';
import * as rateLimits from './migrations/20261125T1201_rate_limits.js';
import * as contentVersions from './migrations/20261125T1202_content_versions.js';
import * as questionsFtsWithoutPositions from './migrations/20261125T1300_questions_fts_without_positions.js';
import * as statementLevelTouch from './migrations/20261125T1301_statement_level_touch.js';
import * as faqsUpdatedAt from './migrations/20261125T1302_faqs_updated_at.js';

/**
 * Migrations are listed here explicitly (not discovered on disk) so they are
 * bundled with the code and run in the same order everywhere. One change per
 * file, never edited after it lands.
 */
const MIGRATIONS: Record<string, Migration> = {
  '20261125T0930_initial': initial,
  '20261125T0931_reference_departments': referenceDepartments,
  '20261125T0932_full_text_search': fullTextSearch,
  '20261125T0933_settings': settings,
  '20261125T0934_question_originals': questionOriginals,
  '20261125T1100_audit_log_append_only': auditLogAppendOnly,
  '20261125T1101_moderation_indexes': moderationIndexes,
  '20261125T1201_rate_limits': rateLimits,
  '20261125T1202_content_versions': contentVersions,
  '20261125T1300_questions_fts_without_positions': questionsFtsWithoutPositions,
  '20261125T1301_statement_level_touch': statementLevelTouch,
  '20261125T1302_faqs_updated_at': faqsUpdatedAt,
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations this code knows that the database has not applied yet (readiness). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
