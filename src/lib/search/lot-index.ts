/**
 * Lots across the register: one entry per normalised lot, listing every record
 * (in every country) that names it. Built once at build time; the same
 * normalisation runs in the browser (lots.browser.ts).
 */
import { lotKey, normaliseLot } from './lots.browser.ts';
import { paths } from '../routing/paths.ts';

export interface LotSighting {
  productId: string;
  /** The lot exactly as that record prints it. */
  printed: string;
  expiry?: string | undefined;
}

export interface LotEntry {
  key: string;
  normalised: string;
  /** Every way the records print this lot, e.g. "C3709C3" and "C3709 C3". */
  spellings: string[];
  sightings: LotSighting[];
}

export function buildLotIndex(products: { id: string; lots: { lot: string; expiry?: string | undefined }[] }[]): LotEntry[] {
  const byKey = new Map<string, LotEntry>();
  for (const product of products) {
    for (const lot of product.lots) {
      const key = lotKey(lot.lot);
      if (!key) continue;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { key, normalised: normaliseLot(lot.lot), spellings: [], sightings: [] };
        byKey.set(key, entry);
      }
      if (!entry.spellings.includes(lot.lot)) entry.spellings.push(lot.lot);
      if (!entry.sightings.some((s) => s.productId === product.id && s.printed === lot.lot && s.expiry === lot.expiry)) {
        entry.sightings.push({ productId: product.id, printed: lot.lot, expiry: lot.expiry });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.normalised.localeCompare(b.normalised));
}

export interface LotLookupEntry {
  url: string;
  records: { url: string; title: string; status: string }[];
}

/** The small lookup table the search page fetches when a query looks like a lot. */
export function lotLookup(
  entries: LotEntry[],
  describe: (productId: string) => { title: string; status: string },
  localise: (path: string) => string = (path) => path,
): Record<string, LotLookupEntry> {
  return Object.fromEntries(
    entries.map((e) => [
      e.normalised,
      {
        url: localise(paths.lot(e.key)),
        records: [...new Set(e.sightings.map((s) => s.productId))].map((id) => ({ url: localise(`/products/${id}/`), ...describe(id) })),
      },
    ]),
  );
}
