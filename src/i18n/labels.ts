/**
 * Labels built from the vocabulary that several places show the same way
 * (the status badge on pages, cards made in the browser, share images).
 */
import { STATUS_WORDS, type CountryCode, type StatusWord } from '../lib/content/vocabulary.ts';
import type { PageLanguage } from './index.ts';

export interface StatusBadgeWords {
  label: string;
  /** Red for the fake family, amber for every other. */
  tone: 'fake' | 'caution';
  /** A tooltip with the authority's own word, when a source shows it. */
  title?: string | undefined;
}

export function statusBadge(
  data: { status: StatusWord; statusCountry?: CountryCode | undefined; statusWording?: string | undefined },
  { t, v }: Pick<PageLanguage, 't' | 'v'>,
): StatusBadgeWords {
  const family = STATUS_WORDS[data.status].family;
  const word = v.statusWords[data.status].label;
  return {
    label: family === 'unapproved' && data.statusCountry ? t.status.inCountry(word, v.countries[data.statusCountry]) : word,
    tone: family === 'fake' ? 'fake' : 'caution',
    title: data.statusWording ? t.status.authorityWords(data.statusWording) : undefined,
  };
}
