/**
 * The open-data exports in the built site (/data/): every register record is
 * in products.json and products.csv, every file validates against the zod
 * schema that also generates its JSON Schema, the CSV parses back to one row
 * per record, and the licence and version are present. Reads the built files
 * directly: no browser needed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FILES, VERSION_PATTERN, exportFileSchema, type ExportFile } from '../../src/lib/publish/export-schemas.ts';
import { PRODUCT_CSV_COLUMNS } from '../../src/lib/publish/exports.ts';
import { LICENCE } from '../../src/lib/routing/site.ts';

const DIST = process.env.FIW_DIST ?? 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown> & { records: Record<string, unknown>[] };
const contentIds = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();

/** A small RFC 4180 parser: quoted fields may hold commas, doubled quotes, CR and LF; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`stray quote in an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare ${c === '\r' ? 'CR' : 'LF'} outside quotes at ${i}: records must end with CRLF`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

describe('the built exports', () => {
  it('exist, each with its JSON Schema and the /data/ page', () => {
    for (const file of EXPORT_FILES) {
      expect(existsSync(join(DIST, `data/${file}.json`)), `${file}.json`).toBe(true);
      expect(existsSync(join(DIST, `data/schema/${file}.schema.json`)), `${file}.schema.json`).toBe(true);
    }
    expect(existsSync(join(DIST, 'data/products.csv'))).toBe(true);
    expect(existsSync(join(DIST, 'data/index.html'))).toBe(true);
  });

  it('validate against their zod schemas, with a count that matches', () => {
    for (const file of EXPORT_FILES) {
      const data = json(`data/${file}.json`);
      const result = exportFileSchema(file).safeParse(data);
      expect(result.error?.issues.slice(0, 5) ?? [], file).toEqual([]);
      expect(data['count'], file).toBe(data.records.length);
      expect(data.records.length, file).toBeGreaterThan(0);
    }
  });

  it('carry the licence and one version in every file', () => {
    const versions = new Set<unknown>();
    for (const file of EXPORT_FILES) {
      const data = json(`data/${file}.json`);
      expect(data['licence'], file).toEqual({ name: LICENCE.name, url: LICENCE.url });
      expect(data['version'], file).toMatch(VERSION_PATTERN);
      expect(new URL(String(data['source'])).pathname).toBe('/data/');
      versions.add(data['version']);
    }
    expect(versions.size).toBe(1);
    const page = read('data/index.html');
    expect(page).toContain([...versions][0]);
    expect(page).toContain(LICENCE.url);
  });

  it('list every register record and every case in the content folder', () => {
    const products = json('data/products.json').records.map((r) => r['id']);
    expect([...products].sort()).toEqual(contentIds('products'));
    const cases = json('data/cases.json').records.map((r) => r['id']);
    expect([...cases].sort()).toEqual(contentIds('cases'));
    const sources = json('data/sources.json').records.map((r) => r['id']);
    const sourceIds = readdirSync('content/sources')
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => f.replace(/\.ya?ml$/, ''))
      .sort();
    expect([...sources].sort()).toEqual(sourceIds);
  });

  it('cross-reference only records that exist', () => {
    const ids = (file: ExportFile, key = 'id') => new Set(json(`data/${file}.json`).records.map((r) => r[key]));
    const [products, cases, sources] = [ids('products'), ids('cases'), ids('sources')];
    for (const p of json('data/products.json').records) {
      for (const id of p['sources'] as string[]) expect(sources.has(id), `${p['id']} cites ${id}`).toBe(true);
      for (const id of p['cases'] as string[]) expect(cases.has(id), `${p['id']} links ${id}`).toBe(true);
    }
    for (const lot of json('data/lots.json').records) {
      for (const r of lot['records'] as { productId: string }[]) expect(products.has(r.productId)).toBe(true);
    }
  });

  it('give every lot a page that exists', () => {
    for (const lot of json('data/lots.json').records) {
      const path = new URL(String(lot['url'])).pathname;
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
    }
  });
});

describe('products.csv', () => {
  const text = read('data/products.csv');
  const withoutBom = text.replace(/^\uFEFF/, '');
  const rows = parseCsv(withoutBom);
  const [header, ...records] = rows;

  it('parses back (RFC 4180) to one row per record in products.json, under a header of field names', () => {
    expect(header).toEqual(PRODUCT_CSV_COLUMNS.map(([name]) => name));
    expect(records.length).toBe(json('data/products.json').records.length);
    for (const row of records) expect(row.length).toBe(header!.length);
  });

  it('has a row for every product in content/products/', () => {
    const ids = records.map((row) => row[0]);
    expect([...ids].sort()).toEqual(contentIds('products'));
  });

  it('says the same as products.json', () => {
    const byId = new Map(json('data/products.json').records.map((r) => [r['id'], r]));
    const column = (name: string) => header!.indexOf(name);
    for (const row of records) {
      const record = byId.get(row[0])!;
      const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
      expect(unneutralise(row[column('title')]!)).toBe(record['title']);
      expect(row[column('url')]).toBe(record['url']);
      expect(row[column('lots')]).toBe((record['lots'] as { lot: string }[]).map((l) => l.lot).join(' | '));
      expect(row[column('status')]).toBe(record['status']);
      expect(row[column('authorityId')]).toBe((record['authority'] as { id: string }).id);
    }
  });

  it('is safe to open in a spreadsheet: no cell starts a formula', () => {
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is UTF-8 with a byte order mark, so non-Latin names survive', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('保妥适');
  });
});

describe('the JSON Schemas', () => {
  for (const file of EXPORT_FILES) {
    it(`${file}: draft 2020-12, with its own address and a description for the file`, () => {
      const schema = JSON.parse(read(`data/schema/${file}.schema.json`)) as Record<string, unknown>;
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(new URL(String(schema['$id'])).pathname).toBe(`/data/schema/${file}.schema.json`);
      expect(schema['title']).toBeTruthy();
      expect(schema['description']).toBeTruthy();
    });
  }
});

describe('the /data/ page', () => {
  const page = read('data/index.html');
  it('links every file and every schema', () => {
    for (const file of EXPORT_FILES) {
      expect(page).toContain(`href="/data/${file}.json"`);
      expect(page).toContain(`href="/data/schema/${file}.schema.json"`);
    }
    expect(page).toContain('href="/data/products.csv"');
  });
  it('states the sizes that the files really have', () => {
    for (const name of ['products.json', 'products.csv', 'lots.json', 'cases.json', 'sources.json']) {
      const bytes = statSync(join(DIST, `data/${name}`)).size;
      const shown = bytes < 1000 ? `${bytes} bytes` : `${(bytes / 1000).toFixed(bytes < 100_000 ? 1 : 0)} kB`;
      expect(page, name).toContain(`${name}</a> (${shown})`);
    }
  });
});
