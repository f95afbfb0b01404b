import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Mailer } from './notifications/mailer.js';
import type { RelatedIndexes } from './related/indexes.js';

/** Everything a use case may need from the outside world, built once at start-up. */
export interface AppDeps {
  config: Config;
  database: Database;
  mailer: Mailer;
  log: Logger;
  related: RelatedIndexes;
}
