import { plainSchemas } from '../../src/lib/content/collections.ts';
import type { EntryData } from '../../src/lib/content/schemas.ts';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FILES,
  RECORD_SCHEMAS,
  VERSION_PATTERN,
  envelopeFieldDocs,
  exportFileSchema,
  jsonSchemaFor,
  recordFieldDocs,
  type ExportFile,
} from '../../src/lib/publish/export-schemas.ts';
import {
  PRODUCT_CSV_COLUMNS,
  buildDataset,
  dataChangeLog,
  dataFileBody,
  datasetCitation,
  exportFile,
  productsCsv,
  type AuthorityInput,
  type BrandInput,
  type CountryNotesInput,
  type CaseInput,
  type DatasetInput,
  type ProductInput,
  type SourceInput,
} from '../../src/lib/publish/exports.ts';
import { buildLotIndex } from '../../src/lib/search/lot-index.ts';
import { LICENCE } from '../../src/lib/routing/site.ts';

/* ------------------------------------------------------------------ a small hand-made site */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// References are written as ids, as in content files; each entry goes through its real schema.
const ref = (id: string) => id;
const parsed = <N extends 'products' | 'cases' | 'sources' | 'brands' | 'countries'>(name: N, list: { id: string; data: unknown }[]) =>
  list.map(({ id, data }) => ({ id, data: plainSchemas[name].parse(data) })) as { id: string; data: EntryData<N> }[];

const authorities: AuthorityInput[] = [
  { id: 'us-fda', data: { name: 'U.S. Food and Drug Administration', country: 'US' } },
  { id: 'mx-cofepris', data: { name: 'COFEPRIS', country: 'MX' } },
  { id: 'gb-mhra', data: { name: 'Medicines and Healthcare products Regulatory Agency', country: 'GB' } },
];

const sources: SourceInput[] = parsed('sources', [
  {
    id: 'kiro7-botox-2024',
    data: {
      title: 'Counterfeit Botox',
      publisher: 'KIRO 7',
      published: '2024-04-16',
      url: 'https://www.kiro7.com/x',
      kind: 'news',
      language: 'en',
    },
  },
  {
    id: 'cofepris-alerta-2023',
    data: {
      title: 'Alerta sanitaria',
      titleEnglish: 'Health alert',
      publisher: 'COFEPRIS',
      published: '2023',
      url: 'https://www.gob.mx/cofepris/x',
      originalUrl: 'https://www.gob.mx/cofepris/original',
      kind: 'regulator',
      language: 'es',
      note: 'The regulator’s own page.',
    },
  },
  { id: 'print-only-2019', data: { title: 'A print report', publisher: 'A newspaper', author: 'A. Writer', kind: 'news', language: 'en' } },
]);

const base = {
  aliases: [],
  identifiers: [],
  tells: [],
  cases: [],
  changelog: [],
  lots: [],
};

const products: ProductInput[] = parsed('products', [
  {
    id: 'fda-counterfeit-botox-c3709c3',
    data: {
      ...base,
      title: '"BOTOX" 150 Units',
      brand: 'botox',
      aliases: [{ name: '保妥适', lang: 'zh-Hans' }],
      claimedMaker: 'Allergan / AbbVie (imitated)',
      type: 'botulinum-toxin',
      strength: '150 Units',
      lots: [{ lot: 'C3709C3', note: 'On carton and vial' }],
      tells: ['The carton is not in English.', '=cmd|calc (a hostile tell)'],
      recognisedBy: 'The maker checked it.',
      whereFound: 'Several US states, including one, with a comma.',
      countries: ['US'],
      authority: ref('us-fda'),
      alert: { title: 'Counterfeit Version of Botox', date: '2024-04-16', source: ref('kiro7-botox-2024') },
      status: 'counterfeit',
      statusWording: 'Counterfeit',
      harm: 'People needed hospital care.',
      sources: [ref('kiro7-botox-2024')],
      published: day('2026-11-29'),
    },
  },
  {
    id: 'cofepris-falsified-botox-c3709c3',
    data: {
      ...base,
      title: 'Botox 100 U',
      type: 'botulinum-toxin',
      lots: [{ lot: 'c3709 c3', expiry: '12/2023' }, { lot: 'C-1234' }],
      identifiers: [{ label: 'Serial number', value: 'DYN7PCXH84UNBF' }],
      whereFound: 'Clinics in Mexico.\nAlso sold online.',
      countries: ['MX'],
      authority: ref('mx-cofepris'),
      alert: { title: 'Alerta sanitaria', id: '0123-2023', url: 'https://www.gob.mx/cofepris/x', source: ref('cofepris-alerta-2023') },
      status: 'falsified',
      statusWording: 'Falsificación',
      cases: [ref('mexico-alerts')],
      sources: [ref('cofepris-alerta-2023')],
      published: day('2026-11-29'),
      updated: day('2026-12-03'),
      changelog: [
        { date: day('2026-12-03'), change: 'A later change.' },
        { date: day('2026-12-01'), change: 'A change.' },
      ],
    },
  },
  {
    id: 'mhra-unlicensed-botulax',
    data: {
      ...base,
      title: 'Botulax',
      type: 'botulinum-toxin',
      whereFound: 'Sold online in the UK.',
      countries: ['GB'],
      authority: ref('gb-mhra'),
      alert: { title: '(Warning about unlicensed toxins)', source: ref('print-only-2019') },
      status: 'unlicensed',
      statusWording: 'unlicensed',
      statusCountry: 'GB',
      sources: [ref('print-only-2019')],
      published: day('2026-11-30'),
    },
  },
]);

const cases: CaseInput[] = parsed('cases', [
  {
    id: 'mexico-alerts',
    data: {
      title: 'COFEPRIS alerts',
      summary: 'Mexico warned about falsified Botox.',
      countries: ['MX'],
      place: 'Mexico',
      period: { start: '2023' },
      productTypes: ['botulinum-toxin'],
      authorities: [ref('mx-cofepris')],
      keyFacts: [{ label: 'Lot', value: 'C3709 C3', sources: [ref('cofepris-alerta-2023')] }],
      timeline: [{ when: '2023-05', event: 'Alert published.', sources: [ref('cofepris-alerta-2023')] }],
      products: [ref('fda-counterfeit-botox-c3709c3')],
      sources: [ref('cofepris-alerta-2023'), ref('kiro7-botox-2024')],
      published: day('2026-11-29'),
      changelog: [],
    },
  },
]);

const brands: BrandInput[] = parsed('brands', [
  {
    id: 'botox',
    data: {
      name: 'Botox',
      type: 'botulinum-toxin',
      maker: { name: 'Allergan', sources: [ref('kiro7-botox-2024')] },
      names: [{ name: '保妥适', lang: 'zh-Hans', sources: [ref('kiro7-botox-2024')] }],
      approvals: [{ country: 'US', authority: ref('us-fda'), sources: [ref('kiro7-botox-2024')] }],
      published: day('2026-12-01'),
    },
  },
  // A brand no record names has no page, so it is not in the data either.
  { id: 'unused', data: { name: 'Unused', type: 'dermal-filler', published: day('2026-12-01') } },
]);

const countryNotes: CountryNotesInput[] = parsed('countries', [
  {
    id: 'mx',
    data: {
      country: 'MX',
      searches: [{ body: 'A state health list', scope: 'Alerts on fillers', found: 'nothing' }],
      gaps: ['Alerts before 2023 are not in the register.'],
      published: day('2026-12-01'),
    },
  },
  {
    id: 'fr',
    data: {
      country: 'FR',
      searches: [{ authority: ref('gb-mhra'), scope: 'Anything', found: 'partly', note: 'A note.' }],
      published: day('2026-12-01'),
    },
  },
]);

const input = (over: Partial<DatasetInput> = {}): DatasetInput => ({
  base: 'https://fiw.example/',
  products,
  cases,
  sources,
  authorities,
  brands,
  countries: countryNotes,
  lots: buildLotIndex(products.map((p) => ({ id: p.id, lots: p.data.lots }))),
  ...over,
});

const generated = new Date('2026-12-04T10:00:00Z');
const dataset = buildDataset(input());

/* ------------------------------------------------------------------ records */

describe('export records', () => {
  it('validate against their zod schemas, file by file', () => {
    for (const file of EXPORT_FILES) {
      const data = exportFile(dataset, file, generated);
      const result = exportFileSchema(file).safeParse(data);
      expect(result.error?.issues ?? [], file).toEqual([]);
      expect(data.count).toBe(data.records.length);
      expect(data.licence).toEqual({ name: LICENCE.name, url: LICENCE.url });
      expect(data.source).toBe('https://fiw.example/data/');
      expect(data.generated).toBe('2026-12-04T10:00:00.000Z');
      expect(data.dataset).toBe('Fake Injectables Watch');
      expect(data.file).toBe(file);
      // And what is served is exactly that object.
      expect(JSON.parse(dataFileBody(`${file}.json`, dataset, generated))).toEqual(data);
    }
  });

  it('turn a product into a flat record with nulls for what was not published', () => {
    const fda = dataset.products.find((p) => p.id === 'fda-counterfeit-botox-c3709c3')!;
    expect(fda).toMatchObject({
      url: 'https://fiw.example/products/fda-counterfeit-botox-c3709c3/',
      brand: 'Botox',
      brandId: 'botox',
      aliases: [{ name: '保妥适', lang: 'zh-Hans' }],
      typeLabel: 'Botulinum toxin',
      lots: [{ lot: 'C3709C3', normalised: 'C3709C3', expiry: null, note: 'On carton and vial' }],
      authority: { id: 'us-fda', name: 'U.S. Food and Drug Administration', country: 'US' },
      alert: { title: 'Counterfeit Version of Botox', id: null, date: '2024-04-16', url: null, sourceId: 'kiro7-botox-2024' },
      statusLabel: 'Counterfeit',
      statusFamily: 'fake',
      statusCountry: null,
      // The case names this product; the product does not name the case: linked from either side, as on the pages.
      cases: ['mexico-alerts'],
      published: '2026-11-29',
      updated: null,
    });
    const mhra = dataset.products.find((p) => p.id === 'mhra-unlicensed-botulax')!;
    expect(mhra).toMatchObject({
      brand: null,
      brandId: null,
      claimedMaker: null,
      strength: null,
      recognisedBy: null,
      harm: null,
      statusFamily: 'unapproved',
      statusCountry: 'GB',
    });
    const cofepris = dataset.products.find((p) => p.id === 'cofepris-falsified-botox-c3709c3')!;
    expect(cofepris.lots.map((l) => l.normalised)).toEqual(['C3709C3', 'C1234']);
    expect(cofepris.updated).toBe('2026-12-03');
  });

  it('sort records by id so the files are stable', () => {
    expect(dataset.products.map((p) => p.id)).toEqual([
      'cofepris-falsified-botox-c3709c3',
      'fda-counterfeit-botox-c3709c3',
      'mhra-unlicensed-botulax',
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual(['cofepris-alerta-2023', 'kiro7-botox-2024', 'print-only-2019']);
  });

  it('join one lot across records however it is printed', () => {
    const lot = dataset.lots.find((l) => l.normalised === 'C3709C3')!;
    expect(lot.url).toBe('https://fiw.example/lots/c3709c3/');
    expect(lot.spellings).toEqual(['C3709C3', 'c3709 c3']);
    expect(lot.records).toEqual([
      {
        productId: 'cofepris-falsified-botox-c3709c3',
        url: 'https://fiw.example/products/cofepris-falsified-botox-c3709c3/',
        printed: 'c3709 c3',
        expiry: '12/2023',
        authority: 'mx-cofepris',
        countries: ['MX'],
        alertDate: null,
        status: 'falsified',
      },
      {
        productId: 'fda-counterfeit-botox-c3709c3',
        url: 'https://fiw.example/products/fda-counterfeit-botox-c3709c3/',
        printed: 'C3709C3',
        expiry: null,
        authority: 'us-fda',
        countries: ['US'],
        alertDate: '2024-04-16',
        status: 'counterfeit',
      },
    ]);
  });

  it('give cases their authorities by name, sources by id and products from either side', () => {
    expect(dataset.cases[0]).toMatchObject({
      url: 'https://fiw.example/cases/mexico-alerts/',
      period: { start: '2023', end: null },
      authorities: [{ id: 'mx-cofepris', name: 'COFEPRIS', country: 'MX' }],
      keyFacts: [{ label: 'Lot', value: 'C3709 C3', sources: ['cofepris-alerta-2023'] }],
      timeline: [{ when: '2023-05', event: 'Alert published.', sources: ['cofepris-alerta-2023'] }],
      products: ['cofepris-falsified-botox-c3709c3', 'fda-counterfeit-botox-c3709c3'],
      sources: ['cofepris-alerta-2023', 'kiro7-botox-2024'],
      updated: null,
    });
  });

  it('give each brand that records name its facts with their sources, and its records', () => {
    expect(dataset.brands).toEqual([
      {
        id: 'botox',
        url: 'https://fiw.example/brands/botox/',
        name: 'Botox',
        type: 'botulinum-toxin',
        maker: { name: 'Allergan', sources: ['kiro7-botox-2024'] },
        names: [{ name: '保妥适', lang: 'zh-Hans', note: null, sources: ['kiro7-botox-2024'] }],
        approvals: [{ country: 'US', authority: 'us-fda', note: null, sources: ['kiro7-botox-2024'] }],
        genuine: [],
        products: ['fda-counterfeit-botox-c3709c3'],
        countries: ['US'],
        sources: [],
        published: '2026-12-01',
        updated: null,
      },
    ]);
  });

  it('give coverage by the country of each list: whose alerts, how many, from when, and what was searched without result', () => {
    expect(dataset.coverage.map((c) => c.country)).toEqual(['FR', 'GB', 'MX', 'US']);
    const mx = dataset.coverage.find((c) => c.country === 'MX')!;
    expect(mx).toEqual({
      country: 'MX',
      url: 'https://fiw.example/countries/mx/',
      covered: [
        {
          authority: { id: 'mx-cofepris', name: 'COFEPRIS', country: 'MX' },
          records: 1,
          firstAlert: null,
          latestAlert: null,
          lastAdded: '2026-12-03',
        },
      ],
      searched: [{ authority: null, body: 'A state health list', scope: 'Alerts on fillers', found: 'nothing', note: null }],
      gaps: ['Alerts before 2023 are not in the register.'],
    });
    expect(dataset.coverage.find((c) => c.country === 'US')!.covered[0]).toMatchObject({
      records: 1,
      firstAlert: '2024-04-16',
      latestAlert: '2024-04-16',
      lastAdded: '2026-11-29',
    });
    expect(dataset.coverage.find((c) => c.country === 'FR')).toMatchObject({
      covered: [],
      searched: [{ authority: 'gb-mhra', body: null, found: 'partly', note: 'A note.' }],
    });
  });

  it('give sources an archive link only when they have a URL', () => {
    const [cofepris, kiro, print] = dataset.sources;
    expect(cofepris).toMatchObject({
      titleEnglish: 'Health alert',
      kindLabel: 'Official',
      originalUrl: 'https://www.gob.mx/cofepris/original',
      author: null,
    });
    expect(kiro!.archiveUrl).toBe('https://web.archive.org/web/*/https://www.kiro7.com/x');
    expect(print).toMatchObject({ url: null, archiveUrl: null, published: null, author: 'A. Writer', note: null });
  });

  it('are rejected by the schema when a field is missing, extra or of the wrong kind', () => {
    const good = dataset.products[0]!;
    const { title: _title, ...missing } = good;
    expect(RECORD_SCHEMAS.products.safeParse(missing).success).toBe(false);
    expect(RECORD_SCHEMAS.products.safeParse({ ...good, secret: 1 }).success).toBe(false);
    expect(RECORD_SCHEMAS.products.safeParse({ ...good, brand: undefined }).success).toBe(false);
    expect(RECORD_SCHEMAS.products.safeParse({ ...good, status: 'dodgy' }).success).toBe(false);
    expect(RECORD_SCHEMAS.products.safeParse({ ...good, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(RECORD_SCHEMAS.sources.safeParse({ ...dataset.sources[0], published: '23 May 2023' }).success).toBe(false);
  });

  it('refuse a product whose authority is unknown', () => {
    expect(() => buildDataset(input({ authorities: authorities.slice(1) }))).toThrow(/unknown authority "us-fda"/);
  });

  it('accept the collections as the id-keyed Maps loadSite() gives', () => {
    const fromMaps = buildDataset(
      input({ sources: new Map(sources.map((s) => [s.id, s])), authorities: new Map(authorities.map((a) => [a.id, a])) }),
    );
    expect(fromMaps.version).toBe(dataset.version);
  });
});

/* ------------------------------------------------------------------ version */

describe('the data set version', () => {
  it('is the latest published or updated date and 8 hex digits of a hash of the records', () => {
    expect(dataset.lastChanged).toBe('2026-12-03');
    expect(dataset.version).toMatch(VERSION_PATTERN);
    expect(dataset.version.startsWith('2026-12-03-')).toBe(true);
  });
  it('does not change when nothing changes: not with the build time, not with the site address', () => {
    expect(buildDataset(input()).version).toBe(dataset.version);
    expect(buildDataset(input({ base: 'https://another.example/' })).version).toBe(dataset.version);
    expect(exportFile(dataset, 'products', new Date()).version).toBe(exportFile(dataset, 'lots', generated).version);
  });
  it('changes when any record changes, even without a new date', () => {
    const edited = products.map((p, i) => (i === 2 ? { ...p, data: { ...p.data, harm: 'Reported harm.' } } : p));
    expect(buildDataset(input({ products: edited })).version).not.toBe(dataset.version);
    const source = sources.map((s, i) => (i === 0 ? { ...s, data: { ...s.data, note: 'New note.' } } : s));
    expect(buildDataset(input({ sources: source })).version).not.toBe(dataset.version);
  });
});

/* ------------------------------------------------------------------ CSV */

describe('products.csv', () => {
  const csv = productsCsv(dataset.products);
  it('has a header row of field names and one row per product', () => {
    expect(csv.startsWith(`\uFEFF${PRODUCT_CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`)).toBe(true);
    // Three records; one field holds a newline inside quotes, so count record ends outside quotes.
    const records = csv.slice(1).split(/\r\n/).filter(Boolean);
    expect(records.length).toBe(1 + 3);
  });
  it('joins lists, flattens nested fields and neutralises formulas', () => {
    expect(csv).toContain('C3709C3 | C1234');
    expect(csv).toContain('c3709 c3: 12/2023 | C-1234: not published');
    expect(csv).toContain('"Clinics in Mexico.\nAlso sold online."');
    expect(csv).toContain('The carton is not in English. | =cmd|calc (a hostile tell)');
    expect(csv).toContain('保妥适 (zh-Hans)');
    expect(csv).toContain('mx-cofepris,COFEPRIS,MX');
  });
});

/* ------------------------------------------------------------------ JSON Schema */

type Json = { [key: string]: unknown };

/** Every property schema in a JSON Schema, with its path. */
function properties(node: Json, path = ''): [string, Json][] {
  const out: [string, Json][] = [];
  const props = (node['properties'] ?? {}) as Record<string, Json>;
  for (const [name, child] of Object.entries(props)) {
    out.push([`${path}${name}`, child]);
    const inner = (child['anyOf'] as Json[] | undefined)?.find((b) => b['type'] !== 'null') ?? child;
    out.push(...properties(inner, `${path}${name}.`));
    const items = inner['items'] as Json | undefined;
    if (items) out.push(...properties(items, `${path}${name}[].`));
  }
  return out;
}

describe('the generated JSON Schemas', () => {
  for (const file of EXPORT_FILES) {
    it(`${file}: draft 2020-12, an absolute $id, a title, required fields and a description for every field`, () => {
      const schema = jsonSchemaFor(file, 'https://fiw.example/') as Json;
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`https://fiw.example/data/schema/${file}.schema.json`);
      expect(Object.keys(schema).slice(0, 2)).toEqual(['$schema', '$id']);
      expect(schema['title']).toBe(`Fake Injectables Watch: ${file}.json`);
      expect(String(schema['description']).length).toBeGreaterThan(20);
      expect(schema['required']).toEqual(['dataset', 'file', 'version', 'generated', 'licence', 'source', 'count', 'records']);
      const items = ((schema['properties'] as Json)['records'] as Json)['items'] as Json;
      expect(items['required']).toEqual(Object.keys(RECORD_SCHEMAS[file].shape));
      expect(items['additionalProperties']).toBe(false);
      const undocumented = properties(schema).filter(([, node]) => typeof node['description'] !== 'string' || !node['description']);
      expect(undocumented.map(([path]) => path)).toEqual([]);
    });
  }
  it('marks a field that may be null as nullable, not optional', () => {
    const schema = jsonSchemaFor('products', 'https://fiw.example/') as Json;
    const items = ((schema['properties'] as Json)['records'] as Json)['items'] as Json;
    const brand = (items['properties'] as Json)['brand'] as Json;
    expect(brand['anyOf']).toEqual([{ type: 'string', minLength: 1 }, { type: 'null' }]);
    expect(items['required']).toContain('brand');
  });
});

describe('field documentation for the /data/ page', () => {
  it('lists every field, nested ones with their path, each with a type and a description', () => {
    for (const file of EXPORT_FILES as readonly ExportFile[]) {
      const rows = recordFieldDocs(file);
      expect(
        rows.every((r) => r.description.length > 0 && r.type.length > 0),
        file,
      ).toBe(true);
    }
    const rows = recordFieldDocs('products');
    const find = (path: string) => rows.find((r) => r.path === path);
    expect(find('lots[].normalised')?.type).toBe('text');
    expect(find('lots[].expiry')?.type).toBe('text or null');
    expect(find('lots')?.type).toBe('list of objects');
    expect(find('alert.date')?.type).toBe('partial date or null');
    expect(find('url')?.type).toBe('URL');
    expect(find('published')?.type).toBe('date');
    expect(find('updated')?.type).toBe('date or null');
    expect(find('countries')?.type).toBe('list of codes');
    expect(find('statusCountry')?.type).toBe('code or null');
    expect(find('statusFamily')?.values).toEqual(['fake', 'suspected', 'unapproved', 'irregular']);
    expect(envelopeFieldDocs().map((r) => r.path)).toEqual([
      'dataset',
      'file',
      'version',
      'generated',
      'licence',
      'licence.name',
      'licence.url',
      'source',
      'count',
      'records',
    ]);
  });
});

/* ------------------------------------------------------------------ change log and citation */

describe('the data change log', () => {
  it('counts records published and updated per day, newest first, a record once per day', () => {
    expect(dataChangeLog(products, cases)).toEqual([
      { date: '2026-12-03', added: { products: 0, cases: 0 }, updated: { products: 1, cases: 0 } },
      { date: '2026-12-01', added: { products: 0, cases: 0 }, updated: { products: 1, cases: 0 } },
      { date: '2026-11-30', added: { products: 1, cases: 0 }, updated: { products: 0, cases: 0 } },
      { date: '2026-11-29', added: { products: 2, cases: 1 }, updated: { products: 0, cases: 0 } },
    ]);
  });
  it('does not count a change made on the day of publication as an update', () => {
    const p = {
      ...products[0]!,
      data: { ...products[0]!.data, changelog: [{ date: day('2026-11-29'), change: 'A change.', correction: false }] },
    };
    expect(dataChangeLog([p], [])).toEqual([{ date: '2026-11-29', added: { products: 1, cases: 0 }, updated: { products: 0, cases: 0 } }]);
  });
});

describe('citing the data set', () => {
  it('gives APA and BibTeX with the version and the address of /data/', () => {
    const cite = datasetCitation(dataset, generated);
    expect(cite.apa.text).toBe(
      `Fake Injectables Watch. (2026). Fake Injectables Watch open data (Version ${dataset.version}) [Data set]. https://fiw.example/data/`,
    );
    expect(cite.bibtex).toContain(`@misc{fiw-data-${dataset.version},`);
    expect(cite.bibtex).toContain('  author = {{Fake Injectables Watch}},');
    expect(cite.bibtex).toContain(`  version = {${dataset.version}},`);
    expect(cite.bibtex).toContain('  url = {https://fiw.example/data/},');
    expect(cite.bibtex).toContain('  urldate = {2026-12-04},');
  });
});
