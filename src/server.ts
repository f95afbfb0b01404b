import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { seedDemoContentIfEmpty } from './demo/seed.js';
import { openRuntime } from './runtime.js';
import { optimizeDatabase } from './db/optimize.js';
import { scheduleModerationJobs } from './moderation/retention.js';

// A request still running after this long is cut off, so a deploy never hangs on one slow client.
const SHUTDOWN_GRACE_MS = 30_000;

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
  // Build the in-memory indexes before taking traffic; then keep them (and the page cache)
  // current: LISTEN/NOTIFY on PostgreSQL, a short poll on SQLite, and a version check per request.
  await rt.ops.freshness.ensureFresh();
  rt.ops.freshness.start();
  const app = await createApp(rt);
  const optimizeTimer = setInterval(() => optimizeDatabase(rt.database, 'periodic'), 3600_000);
  optimizeTimer.unref();
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
    rt.log.info({ signal }, 'shutting down: finishing in-flight requests and the current job');
    rt.ops.draining = true;
    const force = setTimeout(() => {
      rt.log.error('shutdown grace period over; exiting with work unfinished');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    stopSchedule();
    clearInterval(optimizeTimer);
    // Stop claiming jobs at once, and let the one in hand finish while requests drain.
    const workerStopped = rt.worker.stop();
    // Keep-alive connections that finish their last response meanwhile would hold close() open.
    const idleCloser = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(idleCloser);
    rt.log.info({ inFlight: rt.ops.inFlight?.count }, 'stopped accepting requests');
    // Handlers of clients that hung up are still running: let them finish before the database closes.
    await rt.ops.inFlight?.settled(SHUTDOWN_GRACE_MS);
    await workerStopped;
    rt.log.info('background worker stopped');
    await rt.close();
    rt.log.info('shut down cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
