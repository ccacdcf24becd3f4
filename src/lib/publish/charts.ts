/**
 * Pictures drawn at build time as plain data for inline SVG: no charting code
 * ships to the browser. Scales come from d3-scale; the tile map places each
 * country at its geographic centre (d3-geo, Natural Earth outlines from
 * world-atlas) and snaps it to a grid, so it reads as a map and stays a grid
 * of equal, tappable tiles.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { range } from 'd3-array';
import { geoCentroid, geoEqualEarth } from 'd3-geo';
import { feature } from 'topojson-client';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/* ------------------------------------------------------------------ counts by year */

export interface YearCount {
  year: number;
  /** Counts per series (a status family, a country, a brand), in series order. */
  values: number[];
}

/** Records per year and series, every year from the first to the last present (empty years are zero). */
export function countByYear<T>(
  items: T[],
  yearOf: (item: T) => number | undefined,
  seriesOf: (item: T) => number,
  seriesCount: number,
): YearCount[] {
  const years = items.map(yearOf).filter((y): y is number => y !== undefined);
  if (years.length === 0) return [];
  const counts = new Map<number, number[]>();
  for (const year of range(Math.min(...years), Math.max(...years) + 1))
    counts.set(
      year,
      Array.from({ length: seriesCount }, () => 0),
    );
  for (const item of items) {
    const year = yearOf(item);
    if (year !== undefined) counts.get(year)![seriesOf(item)]! += 1;
  }
  return [...counts].map(([year, values]) => ({ year, values }));
}

export interface BarSegment {
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Bar {
  year: number;
  total: number;
  x: number;
  width: number;
  segments: BarSegment[];
}
export interface BarChart {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  /** Value gridlines, each with its y position. */
  ticks: { value: number; y: number }[];
  /** Year labels: every year when there is room, else every few. */
  labels: { year: number; x: number }[];
}

/** Coordinates to a tenth of a pixel: finer is invisible and only adds bytes to every page with a chart. */
const round = (n: number) => Math.round(n * 10) / 10;

/** Which bars get a year label: every `step`th, and always the last, dropping the one before it if the two would touch. */
export function yearLabels(count: number, step: number): number[] {
  const every = Array.from({ length: count }, (_, i) => i).filter((i) => i % step === 0);
  const last = count - 1;
  if (count === 0 || every.at(-1) === last) return every;
  if (last - every.at(-1)! < step) every.pop();
  return [...every, last];
}

/** A stacked bar chart of counts by year, laid out by d3 band and linear scales. */
export function yearBarChart(data: YearCount[], { width = 640, height = 240 } = {}): BarChart {
  const plot = { left: 36, top: 12, right: width - 8, bottom: height - 28 };
  const x = scaleBand<number>()
    .domain(data.map((d) => d.year))
    .range([plot.left, plot.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const max = Math.max(1, ...data.map((d) => d.values.reduce((a, b) => a + b, 0)));
  const y = scaleLinear().domain([0, max]).nice(Math.min(max, 5)).range([plot.bottom, plot.top]);
  const bars = data.map((d) => {
    let base = 0;
    const segments = d.values.flatMap((value, series) => {
      if (value === 0) return [];
      const top = round(y(base + value));
      const segment = { series, value, x: round(x(d.year)!), y: top, width: round(x.bandwidth()), height: round(y(base)) - top };
      base += value;
      return [segment];
    });
    return { year: d.year, total: base, x: round(x(d.year)!), width: round(x.bandwidth()), segments };
  });
  const step = Math.max(1, Math.ceil(data.length / Math.floor((plot.right - plot.left) / 44)));
  return {
    width,
    height,
    plot,
    bars,
    ticks: y
      .ticks(Math.min(max, 5))
      .filter(Number.isInteger)
      .map((value) => ({ value, y: round(y(value)) })),
    labels: yearLabels(bars.length, step).map((i) => ({ year: bars[i]!.year, x: round(bars[i]!.x + bars[i]!.width / 2) })),
  };
}

/* ------------------------------------------------------------------ the tile map */

const require = createRequire(import.meta.url);
let centres: Map<string, [number, number]> | undefined;

/** Each country's geographic centre, projected (Equal Earth), keyed by ISO alpha-2 code. */
function countryCentres(): Map<string, [number, number]> {
  if (!centres) {
    const atlas = require('world-atlas/countries-50m.json');
    const codes = require('i18n-iso-countries') as { numericToAlpha2: (n: string) => string | undefined };
    const world = feature(atlas, atlas.objects.countries) as unknown as FeatureCollection<Geometry>;
    const projection = geoEqualEarth();
    centres = new Map();
    for (const country of world.features as Feature<Geometry>[]) {
      const code = codes.numericToAlpha2(String(country.id));
      const point = projection(geoCentroid(country));
      if (code && point) centres.set(code, point);
    }
  }
  return centres;
}

export interface Tile {
  code: string;
  column: number;
  row: number;
}

/**
 * Countries as a grid of tiles laid out like a world map: each goes to the
 * free cell nearest its projected centre. Codes with no place on the map
 * (INT for international bodies) are left for the caller to list.
 */
export function tileMap(
  codes: string[],
  { columns = 16, rows = 9 } = {},
): { tiles: Tile[]; unplaced: string[]; columns: number; rows: number } {
  const all = countryCentres();
  const placeable = codes.filter((code) => all.has(code));
  const points = placeable.map((code) => all.get(code)!);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = scaleLinear()
    .domain([Math.min(...xs), Math.max(...xs)])
    .range([0, columns - 1]);
  const y = scaleLinear()
    .domain([Math.min(...ys), Math.max(...ys)])
    .range([0, rows - 1]);
  const taken = new Set<string>();
  const tiles: Tile[] = [];
  // Place the most crowded regions' countries in a fixed order (west to east) so the layout never changes by chance.
  const order = placeable
    .map((code, i) => ({ code, cx: x(points[i]![0]), cy: y(points[i]![1]) }))
    .sort((a, b) => a.cx - b.cx || a.cy - b.cy || a.code.localeCompare(b.code));
  for (const { code, cx, cy } of order) {
    let best: { column: number; row: number; distance: number } | undefined;
    for (let column = 0; column < columns; column++) {
      for (let row = 0; row < rows; row++) {
        if (taken.has(`${column},${row}`)) continue;
        const distance = (column - cx) ** 2 + (row - cy) ** 2;
        if (!best || distance < best.distance) best = { column, row, distance };
      }
    }
    if (!best) break;
    taken.add(`${best.column},${best.row}`);
    tiles.push({ code, column: best.column, row: best.row });
  }
  return { tiles, unplaced: codes.filter((code) => !tiles.some((t) => t.code === code)), columns, rows };
}
