/**
 * The shapes of the open-data exports (/data/), as zod schemas. The same
 * schemas generate the published JSON Schemas, document every field on the
 * /data/ page and validate the exports in the tests, so the three can never
 * disagree. Field descriptions live here, next to the field, and nowhere else.
 *
 * Pure: no astro:content import, so unit tests can use it directly.
 */
import { paths } from '../routing/paths.ts';
import { z } from 'astro/zod';
import { countryCode, languageCode, productType, sourceKind, statusWord } from '../content/schema-parts.ts';
import { LICENCE, SITE_NAME } from '../routing/site.ts';
import { STATUS_FAMILIES, keysOf } from '../content/vocabulary.ts';

/** The files, in the order the /data/ page lists them. */
export const EXPORT_FILES = ['products', 'lots', 'brands', 'cases', 'coverage', 'sources'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** The title used for the data set in citations and the JSON Schemas. */
export const DATASET_TITLE = `${SITE_NAME} open data`;

/** YYYY, YYYY-MM or YYYY-MM-DD: a date as the authority or publisher printed it. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** "<latest published or updated date>-<first 8 hex digits of a SHA-256 of the records>". */
export const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/;

const text = (description: string) => z.string().min(1).describe(description);
const textOrNull = (description: string) => z.string().min(1).nullable().describe(description);
const partialDate = () => z.string().regex(PARTIAL_DATE);
const day = () => z.iso.date();
/** Only web addresses: http or https with a host name. */
const webUrl = () => z.url({ protocol: /^https?$/, hostname: z.regexes.hostname });
const url = (description: string) => webUrl().describe(description);
const urlOrNull = (description: string) => webUrl().nullable().describe(description);
const ids = (description: string) => z.array(z.string().min(1)).describe(description);
const countries = (description: string) => z.array(countryCode).describe(description);

const published = day().describe('Date the record was first published on this site (YYYY-MM-DD).');
const updated = day().nullable().describe('Date of its last update on this site (YYYY-MM-DD); null if it has not been updated.');

const authority = z
  .strictObject({
    id: text('The authority’s id on this site, e.g. "us-fda".'),
    name: text('The authority’s name, as the site gives it (in English or its own language).'),
    country: countryCode.describe('Its country: an ISO 3166-1 alpha-2 code, or INT for an international body.'),
  })
  .describe('An authority: a regulator, public-health agency, police force or customs agency.');

/* ------------------------------------------------------------------ products */

export const productRecordSchema = z
  .strictObject({
    id: text('The record’s id: the last part of its address. It does not change when the record is corrected.'),
    url: url('The record’s page on this site.'),
    title: text('The product’s name exactly as on the packaging, or as the authority described it.'),
    brand: textOrNull('The brand it claims to be, for grouping (e.g. "Botox"); null if none.'),
    brandId: textOrNull('That brand’s id (in brands.json); null if none.'),
    aliases: z
      .array(
        z.strictObject({
          name: text('The name as written.'),
          lang: languageCode.describe('Its language (BCP 47 code).'),
        }),
      )
      .describe('Other names people may search for: the brand in other scripts, generic names.'),
    claimedMaker: textOrNull('The maker the packaging or the authority names (genuine or imitated); null if not published.'),
    type: productType.describe('Kind of injectable (code).'),
    typeLabel: text('The kind of injectable in words.'),
    strength: textOrNull('Strength as printed, e.g. "150 Units"; null if not published.'),
    lots: z
      .array(
        z.strictObject({
          lot: text('The lot or batch number exactly as the authority printed it.'),
          normalised: text(
            'The same lot after the site’s matching rule: capital letters, with spaces, hyphens, dots, slashes and underscores removed. Use it to join lots across records and files.',
          ),
          expiry: textOrNull('Expiry exactly as printed (formats differ by country); null if not published.'),
          note: textOrNull('Our note on this lot; null if none.'),
        }),
      )
      .describe('Every lot or batch number the authority published for this product.'),
    identifiers: z
      .array(
        z.strictObject({
          label: text('What the identifier is, e.g. "Serial number".'),
          value: text('The identifier as printed.'),
        }),
      )
      .describe('Other identifiers printed on the pack: serial numbers, GTINs, registration numbers.'),
    tells: z.array(z.string().min(1)).describe('Packaging tells: how it differs from the genuine product, one sentence each.'),
    recognisedBy: textOrNull('How the authority recognised it; null if not published.'),
    whereFound: text('Where it was found, in plain words.'),
    countries: countries('Where it was found: ISO 3166-1 alpha-2 codes.'),
    authority: authority.describe('The authority that named the product.'),
    alert: z
      .strictObject({
        title: text('Title of the alert, or our description in parentheses if it has none.'),
        id: textOrNull('The authority’s own reference number; null if none.'),
        date: partialDate().nullable().describe('Date of the alert as shown: YYYY, YYYY-MM or YYYY-MM-DD; null if not shown.'),
        url: urlOrNull('The authority’s own page for the alert; null if we do not know it.'),
        sourceId: text('The source through which we know the alert (an id in sources.json); it may be a news report of the alert.'),
      })
      .describe('The alert in which the authority named the product.'),
    status: statusWord.describe('The authority’s own status word, as a code (see the methodology page for each meaning).'),
    statusLabel: text('The status word in words.'),
    statusFamily: z
      .enum(keysOf(STATUS_FAMILIES))
      .describe(
        '"fake": counterfeit, falsified or fake. "suspected": suspected counterfeit, not confirmed. "unapproved": not approved where found (it may be a genuine product). "irregular": sold outside the legitimate supply chain, or another regulatory action.',
      ),
    statusWording: z
      .string()
      .nullable()
      .describe('The authority’s own word for the status, as published (any language); null when no source shows it.'),
    statusCountry: countryCode.nullable().describe('For the "unapproved" family: the country where it is not approved; otherwise null.'),
    harm: textOrNull('Harm reported with the alert; null if none was reported (which does not mean there was none).'),
    cases: ids('Ids of related cases (in cases.json).'),
    sources: ids('Ids of every source for this record (in sources.json), in the order its page numbers them.'),
    published,
    updated,
  })
  .describe('One product as one authority named it in one alert.');
export type ProductRecord = z.infer<typeof productRecordSchema>;

/* ------------------------------------------------------------------ lots */

export const lotRecordSchema = z
  .strictObject({
    normalised: text('The lot after the site’s matching rule (see products.json, lots[].normalised).'),
    url: url('The lot’s page on this site, listing every record that names it.'),
    spellings: z.array(z.string().min(1)).describe('Every way the records print this lot, e.g. "C3709C3" and "C3709 C3".'),
    records: z
      .array(
        z.strictObject({
          productId: text('The record that names this lot (an id in products.json).'),
          url: url('That record’s page on this site.'),
          printed: text('The lot exactly as that record prints it.'),
          expiry: textOrNull('Expiry as printed in that record; null if not published.'),
          authority: text('Id of the authority that named the product.'),
          countries: countries('Where that product was found: ISO 3166-1 alpha-2 codes.'),
          alertDate: partialDate().nullable().describe('Date of the alert as shown; null if not shown.'),
          status: statusWord.describe('The authority’s status word for that product (code).'),
        }),
      )
      .describe('Every record, in any country, that names this lot.'),
  })
  .describe('One lot or batch number, joined across every record that names it.');
export type LotRecord = z.infer<typeof lotRecordSchema>;

/* ------------------------------------------------------------------ cases */

const cited = (description: string) => ids(description);

export const caseRecordSchema = z
  .strictObject({
    id: text('The case’s id: the last part of its address.'),
    url: url('The case write-up on this site.'),
    title: text('Title of the write-up.'),
    summary: text('One or two plain sentences.'),
    countries: countries('Countries involved: ISO 3166-1 alpha-2 codes.'),
    place: text('Where it happened, in words.'),
    period: z
      .strictObject({
        start: partialDate().describe('When the conduct started, as far as sources say (YYYY, YYYY-MM or YYYY-MM-DD).'),
        end: partialDate().nullable().describe('When it ended; null if not known or ongoing.'),
      })
      .describe('When the conduct took place.'),
    productTypes: z.array(productType).describe('Kinds of injectable involved (codes, as in products.json type).'),
    authorities: z.array(authority).describe('Authorities involved.'),
    keyFacts: z
      .array(
        z.strictObject({
          label: text('What the fact is about.'),
          value: text('The fact.'),
          sources: cited('Ids of the sources for it (in sources.json).'),
        }),
      )
      .describe('The key facts, each with its sources.'),
    timeline: z
      .array(
        z.strictObject({
          when: text('When, as reported: "Early 2016", "2017-01-16".'),
          event: text('What happened.'),
          sources: cited('Ids of the sources for it (in sources.json).'),
        }),
      )
      .describe('Events in order, each with its sources.'),
    products: ids('Ids of related register records (in products.json).'),
    sources: ids('Ids of every source for the case (in sources.json), in the order its page numbers them.'),
    published,
    updated,
  })
  .describe('One enforcement case. The narrative is on the case page; people are left out of the data.');
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/* ------------------------------------------------------------------ sources */

export const sourceRecordSchema = z
  .strictObject({
    id: text('The source’s id, as cited by products and cases.'),
    title: text('Title exactly as published (original language and script).'),
    titleEnglish: textOrNull('Our English rendering of a title in another language; null if the title is in English.'),
    publisher: text('Publisher as named.'),
    author: textOrNull('Byline; null if none.'),
    published: partialDate().nullable().describe('Date as published: YYYY, YYYY-MM or YYYY-MM-DD; null if no date is shown.'),
    url: urlOrNull('Address of the copy we consulted; null if none (e.g. print only).'),
    originalUrl: urlOrNull('The original address when url is a reprint or mirror; otherwise null.'),
    archiveUrl: urlOrNull('Where the Internet Archive lists its copies of url; null when url is null.'),
    kind: sourceKind.describe('How much weight it carries: regulator, peer-reviewed, news or re-post (code).'),
    kindLabel: text('The kind in words.'),
    language: languageCode.describe('Language of the source (BCP 47 code).'),
    note: textOrNull('What a reader should know before relying on it; null if nothing.'),
  })
  .describe('One source in the bibliography.');
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/* ------------------------------------------------------------------ brands */

const sourced = (description: string) => cited(`Ids of the sources for ${description} (in sources.json).`);

export const brandRecordSchema = z
  .strictObject({
    id: text('The brand’s id: the last part of its address, and the value of products.json brandId.'),
    url: url('The brand’s page on this site.'),
    name: text('The brand as its maker writes it, without ® or ™.'),
    type: productType.describe('Kind of injectable (code).'),
    maker: z
      .strictObject({ name: text('Who makes the genuine product.'), sources: sourced('it') })
      .nullable()
      .describe('The maker of the genuine product; null if no source is recorded.'),
    names: z
      .array(
        z.strictObject({
          name: text('The name as written.'),
          lang: languageCode.describe('Its language (BCP 47 code).'),
          note: textOrNull('Where it is used; null if nothing to add.'),
          sources: sourced('it'),
        }),
      )
      .describe('Names of the genuine product in other markets and scripts.'),
    approvals: z
      .array(
        z.strictObject({
          country: countryCode.describe('Where the genuine product is approved (ISO 3166-1 alpha-2).'),
          authority: textOrNull('The approving authority’s id; null if the source does not name it.'),
          note: textOrNull('Our note; null if none.'),
          sources: sourced('it'),
        }),
      )
      .describe('Where a source says the genuine product is approved. Not a full list.'),
    genuine: z
      .array(z.strictObject({ text: text('A genuine strength or presentation, in words.'), sources: sourced('it') }))
      .describe('What genuine packs hold, where a source says so.'),
    products: ids('Ids of every register record that names this brand (in products.json).'),
    countries: countries('Where those records were found: ISO 3166-1 alpha-2 codes.'),
    sources: ids('Ids of the sources for the brand itself (in sources.json).'),
    published,
    updated,
  })
  .describe('One brand that register records name, and what sources say of the genuine product. A brand here is not a fake brand.');
export type BrandRecord = z.infer<typeof brandRecordSchema>;

/* ------------------------------------------------------------------ coverage */

export const coverageRecordSchema = z
  .strictObject({
    country: countryCode.describe('The country whose authorities’ lists these are (ISO 3166-1 alpha-2), or INT for international bodies.'),
    url: urlOrNull('The country’s page on this site; null for INT.'),
    covered: z
      .array(
        z.strictObject({
          authority: authority.describe('The authority whose alerts the register holds.'),
          records: z.number().int().positive().describe('How many register records come from its alerts.'),
          firstAlert: partialDate()
            .nullable()
            .describe('The earliest alert date among those records, as shown; null if none shows a date.'),
          latestAlert: partialDate().nullable().describe('The latest alert date among those records, as shown; null if none shows a date.'),
          lastAdded: day().describe('When a record from its alerts was last published or updated on this site (YYYY-MM-DD).'),
        }),
      )
      .describe('Authorities of this country whose alerts are in the register. The register is not a full copy of any authority’s list.'),
    searched: z
      .array(
        z.strictObject({
          authority: textOrNull('The authority searched (an id, as in products.json authority.id); null when it is not one of ours.'),
          body: textOrNull('The body or list searched, when it is not an authority of ours; otherwise null.'),
          scope: text('What was searched for.'),
          found: z.enum(['nothing', 'partly']).describe('"nothing": nothing usable was found. "partly": some of it could be used.'),
          note: textOrNull('Our note; null if none.'),
        }),
      )
      .describe('Lists searched for alerts on fake or illegal injectables that gave nothing (or only part) usable.'),
    gaps: z.array(z.string().min(1)).describe('Known gaps in what the register holds for this country, one sentence each.'),
  })
  .describe('What the register covers for one country: whose alerts it holds, what was searched without result, and known gaps.');
export type CoverageRecord = z.infer<typeof coverageRecordSchema>;

/* ------------------------------------------------------------------ files */

export const RECORD_SCHEMAS = {
  products: productRecordSchema,
  lots: lotRecordSchema,
  brands: brandRecordSchema,
  cases: caseRecordSchema,
  coverage: coverageRecordSchema,
  sources: sourceRecordSchema,
} as const;

export interface RecordTypes {
  products: ProductRecord;
  lots: LotRecord;
  brands: BrandRecord;
  cases: CaseRecord;
  coverage: CoverageRecord;
  sources: SourceRecord;
}

/** What each file holds, in one sentence: the JSON Schema's description and the /data/ page's summary. */
export const FILE_DESCRIPTIONS: Record<ExportFile, string> = {
  products:
    'The register: one record per product as an authority named it in one alert (counterfeit, falsified, unapproved...), with its lots, packaging tells, alert and sources.',
  lots: 'Every lot or batch number in the register, joined across records and countries after one matching rule.',
  brands: 'Every brand the register names: the maker of the genuine product, its other names, where it is approved, and its records.',
  cases: 'Enforcement cases: key facts and timeline, each with its sources, and the related register records.',
  coverage:
    'What the register covers, country by country: whose alerts it holds and over which dates, what was searched without result, and known gaps.',
  sources: 'The bibliography: every source a record or case cites, with its kind and an archive link.',
};

/** The envelope every file shares. */
export function exportFileSchema<F extends ExportFile>(file: F) {
  return z
    .strictObject({
      dataset: z.literal(SITE_NAME).describe('Always "Fake Injectables Watch".'),
      file: z.literal(file).describe('Which file this is.'),
      version: z
        .string()
        .regex(VERSION_PATTERN)
        .describe(
          'The data set’s version: the latest date a record was published or updated, then the first 8 hex digits of a SHA-256 of all the records. It changes when, and only when, the data changes. The same in every file of one build.',
        ),
      generated: z.iso.datetime().describe('When this file was built (ISO 8601, UTC).'),
      licence: z
        .strictObject({
          name: z.literal(LICENCE.name).describe('The licence’s name.'),
          url: z.literal(LICENCE.url).describe('The licence’s text.'),
        })
        .describe('The licence for the text and data. Sources belong to their publishers.'),
      source: url('The /data/ page that documents these files.'),
      count: z.number().int().nonnegative().describe('How many records the file holds.'),
      records: z.array(RECORD_SCHEMAS[file] as (typeof RECORD_SCHEMAS)[F]).describe('The records.'),
    })
    .meta({ title: `${SITE_NAME}: ${file}.json`, description: FILE_DESCRIPTIONS[file] });
}

export type ExportFileData<F extends ExportFile> = z.infer<ReturnType<typeof exportFileSchema<F>>>;

export type JsonSchema = Record<string, unknown>;

/** The published JSON Schema (draft 2020-12) of one file, with its own absolute address as $id. */
export function jsonSchemaFor(file: ExportFile, base: URL | string): JsonSchema {
  const generated = z.toJSONSchema(exportFileSchema(file), { target: 'draft-2020-12' }) as JsonSchema;
  const { $schema, title, description, ...rest } = generated;
  return { $schema, $id: new URL(paths.dataSchema(file), base).href, title, description, ...rest };
}

/* ------------------------------------------------------------------ field documentation */

export interface FieldDoc {
  /** Dotted path, with [] for list items: "lots[].expiry". */
  path: string;
  /** A short type in words: "text or null", "list of text", "date". */
  type: string;
  description: string;
  /** Allowed values, when the field is a closed list of codes. */
  values?: string[];
}

type Node = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
};

/** A nullable field is written `anyOf: [X, {type: "null"}]`: read it as X, noting that null is allowed. */
function unwrap(node: Node): { node: Node; nullable: boolean } {
  const types = [node.type].flat();
  if (node.anyOf) {
    const rest = node.anyOf.filter((branch) => branch.type !== 'null');
    const nullable = rest.length < node.anyOf.length;
    if (rest.length === 1) return { node: { ...rest[0]!, ...(node.description ? { description: node.description } : {}) }, nullable };
  }
  if (types.includes('null')) return { node: { ...node, type: types.filter((t) => t !== 'null') as string[] }, nullable: true };
  return { node, nullable: false };
}

function typeWords(raw: Node, plural = false): string {
  const { node, nullable } = unwrap(raw);
  const type = [node.type].flat()[0];
  let word: string;
  if (type === 'array') word = node.items ? `list of ${typeWords(node.items, true)}` : 'list';
  else if (type === 'object') word = plural ? 'objects' : 'object';
  else if (type === 'integer' || type === 'number') word = plural ? 'numbers' : 'number';
  else if (node.enum) word = plural ? 'codes' : 'code';
  else if (node.format === 'uri') word = plural ? 'URLs' : 'URL';
  else if (node.format === 'date') word = plural ? 'dates' : 'date';
  else if (node.format === 'date-time') word = plural ? 'dates and times' : 'date and time';
  else if (node.pattern === PARTIAL_DATE.source) word = plural ? 'partial dates' : 'partial date';
  else word = 'text';
  return nullable ? `${word} or null` : word;
}

/** Every field of a JSON Schema object, depth first, for documentation. */
export function fieldDocs(schema: JsonSchema, prefix = ''): FieldDoc[] {
  const rows: FieldDoc[] = [];
  for (const [name, raw] of Object.entries((schema as Node).properties ?? {})) {
    const { node } = unwrap(raw);
    const path = `${prefix}${name}`;
    const row: FieldDoc = { path, type: typeWords(raw), description: node.description ?? '' };
    const values = node.enum ?? (node.items ? unwrap(node.items).node.enum : undefined);
    if (values) row.values = values.filter((v) => v !== null).map(String);
    rows.push(row);
    if (node.properties) rows.push(...fieldDocs(node as JsonSchema, `${path}.`));
    const items = node.items ? unwrap(node.items).node : undefined;
    if (items?.properties) rows.push(...fieldDocs(items as JsonSchema, `${path}[].`));
  }
  return rows;
}

/** The fields of one file's records, generated from the same schema the data is checked against. */
export function recordFieldDocs(file: ExportFile): FieldDoc[] {
  return fieldDocs(z.toJSONSchema(RECORD_SCHEMAS[file], { target: 'draft-2020-12' }) as JsonSchema);
}

/** The envelope's fields (the same in every file). */
export function envelopeFieldDocs(): FieldDoc[] {
  return fieldDocs(z.toJSONSchema(exportFileSchema('products'), { target: 'draft-2020-12' }) as JsonSchema).filter(
    (row) => !row.path.startsWith('records[].'),
  );
}

/** The exact bytes of a published JSON Schema. */
export function jsonSchemaBody(file: ExportFile, base: URL | string): string {
  return `${JSON.stringify(jsonSchemaFor(file, base), null, 2)}\n`;
}

export function jsonSchemaResponse(file: ExportFile, base: URL | string): Response {
  return new Response(jsonSchemaBody(file, base), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
}
