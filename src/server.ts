import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { seedDemoContentIfEmpty } from './demo/seed.js';
import { openRuntime } from './runtime.js';
import { scheduleModerationJobs } from './moderation/retention.js';

const SYNC_MS = 2000;

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const rt = await openRuntime(config);
  if (config.demoContent) {
    const seeded = await seedDemoContentIfEmpty(rt);
    if (seeded) rt.log.info(seeded, 'seeded demo content');
  }
  await rt.related.sync(rt.database.db);
  const app = await createApp(rt);
  // Other processes (the CLI, other app servers) publish too: keep the in-memory indexes current.
  const syncTimer = setInterval(() => rt.related.sync(rt.database.db).catch((err) => rt.log.error({ err }, 'index sync failed')), SYNC_MS);
  let stopSchedule = () => {};
  if (config.jobs) {
    rt.worker.start();
    stopSchedule = scheduleModerationJobs(rt.database, rt.log);
  }
  await app.listen({ port: config.port, host: config.host });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rt.log.info({ signal }, 'shutting down');
    clearInterval(syncTimer);
    stopSchedule();
    // Finish in-flight requests and the current job, then close the database.
    await app.close();
    await rt.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
