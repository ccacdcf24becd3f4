/**
 * Which share image each page gets, and what it says, in every language.
 * Astro writes the list as a manifest (src/pages/share-manifest.json.ts);
 * the share-images integration draws the images after the pages are built,
 * on every core, reusing any image whose words have not changed.
 */
import { loadSite } from '../content/load.ts';
import { STATUS_WORDS } from '../content/vocabulary.ts';
import { LANGS, localisePath } from '../../i18n/languages.ts';
import { ui } from '../../i18n/ui.ts';
import { vocab } from '../../i18n/vocabulary.ts';
import { paths } from '../routing/paths.ts';
import type { ShareCard } from './share-image.ts';
import { SEARCH_ONLY } from '../routing/routes.ts';

export interface ShareImageJob {
  /** Where the image is published, e.g. /zh/share/cases/x.png. */
  path: string;
  card: ShareCard;
}

export async function shareImageJobs(): Promise<ShareImageJob[]> {
  const jobs: ShareImageJob[] = [];
  if (SEARCH_ONLY) return jobs;
  for (const lang of LANGS) {
    const site = await loadSite(lang);
    const t = ui(lang);
    const v = vocab(lang);
    for (const entry of site.cases) {
      jobs.push({
        path: localisePath(paths.shareImage('cases', entry.id), lang),
        card: {
          label: t.kinds.case,
          title: entry.data.title,
          status: entry.data.countries.map((c) => v.countries[c]).join(t.punct.list),
          tone: 'neutral',
          siteName: t.siteName,
        },
      });
    }
    for (const product of site.products) {
      const family = STATUS_WORDS[product.data.status].family;
      const word = v.statusWords[product.data.status].label;
      const status =
        family === 'unapproved' && product.data.statusCountry ? t.status.inCountry(word, v.countries[product.data.statusCountry]) : word;
      jobs.push({
        path: localisePath(paths.shareImage('products', product.id), lang),
        card: {
          label: t.register.eyebrow,
          title: product.data.title,
          status,
          tone: family === 'fake' ? 'fake' : 'caution',
          siteName: t.siteName,
        },
      });
    }
  }
  return jobs;
}

/** Where the build leaves the list for the integration; removed once the images are drawn. */
export const SHARE_MANIFEST = '/share-manifest.json';
