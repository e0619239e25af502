import { z } from 'zod';

export { publicClinicDocumentSchema } from '../../../domain/public-page/public-clinic-document.js';
export { publicPageSettingsSchema } from '../../../domain/public-page/public-page-settings.js';

// Any string: one that is not a well-formed slug is simply not found (load-public-clinic.ts).
export const publicClinicParamsSchema = z.object({ slug: z.string() });

/** Public pages are read by anyone: enough for people and directories, not for scraping in a loop. */
export const publicPageRateLimit = { max: 120, timeWindow: '1 minute' };

/** Cached by browsers and proxies for five minutes; a page switched off disappears within that time. */
export const publicPageCacheControl = 'public, max-age=300';
