// Worker entry for remote-index.ts. Worker threads do not inherit tsx's loader, so it is
// registered here before the TypeScript module is loaded (as src/importer/prepare-worker.mjs does).
import { register } from 'tsx/esm/api';

register();
await import('./index-worker.ts');
