// Worker entry for prepare-pool.ts. Worker threads do not inherit tsx's loader, so it is
// registered here before the TypeScript module is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker-main.ts');
