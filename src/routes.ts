import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './context.js';
import { accountRoutes } from './accounts/routes.js';
import { dataRightsRoutes } from './accounts/data-rights-routes.js';
import { adminRoutes } from './admin/routes.js';
import { doctorRoutes } from './doctors/routes.js';
import { reviewRoutes } from './enrichment/review-routes.js';
import { faqRoutes } from './faq/routes.js';
import { homeRoutes } from './home/routes.js';
import { meRoutes } from './me/routes.js';
import { moderationRoutes } from './moderation/routes.js';
import { reportRoutes } from './moderation/report-routes.js';
import { askRoutes } from './questions/ask-routes.js';
import { questionRoutes } from './questions/routes.js';
import { searchRoutes } from './search/routes.js';
import { siteRoutes } from './site/routes.js';

/** Every feature registers its own routes; this is the one list of them. */
export async function registerRoutes(app: FastifyInstance, deps: AppDeps) {
  for (const routes of [siteRoutes, homeRoutes, accountRoutes, questionRoutes, askRoutes, doctorRoutes, reviewRoutes, meRoutes, faqRoutes, searchRoutes, reportRoutes, moderationRoutes, adminRoutes, dataRightsRoutes]) {
    await routes(app, deps);
  }
}
