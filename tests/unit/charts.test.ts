import { describe, expect, it } from 'vitest';
import { countByYear, tileMap, yearBarChart, yearLabels } from '../../src/lib/publish/charts.ts';

describe('counts by year', () => {
  const items = [
    { year: 2019, s: 0 },
    { year: 2019, s: 1 },
    { year: 2022, s: 0 },
    { year: undefined, s: 0 },
  ];
  it('counts each series by year, with every year between the first and last (empty years are zero)', () => {
    expect(
      countByYear(
        items,
        (i) => i.year,
        (i) => i.s,
        2,
      ),
    ).toEqual([
      { year: 2019, values: [1, 1] },
      { year: 2020, values: [0, 0] },
      { year: 2021, values: [0, 0] },
      { year: 2022, values: [1, 0] },
    ]);
  });
  it('leaves out what has no year, and gives nothing when nothing has one', () => {
    expect(
      countByYear(
        [{ year: undefined, s: 0 }],
        (i) => i.year,
        (i) => i.s,
        1,
      ),
    ).toEqual([]);
  });
});

describe('the year bar chart', () => {
  const data = [
    { year: 2020, values: [2, 1] },
    { year: 2021, values: [0, 0] },
    { year: 2022, values: [0, 4] },
  ];
  const chart = yearBarChart(data, { width: 300, height: 200 });
  it('stacks each year’s series in one bar, as tall as its total, inside the plot', () => {
    expect(chart.bars.map((b) => b.total)).toEqual([3, 0, 4]);
    const [first] = chart.bars;
    expect(first!.segments.map((s) => s.series)).toEqual([0, 1]);
    // Stacked: the second segment sits on top of the first.
    expect(first!.segments[1]!.y + first!.segments[1]!.height).toBeCloseTo(first!.segments[0]!.y, 0);
    for (const s of chart.bars.flatMap((b) => b.segments)) {
      expect(s.y).toBeGreaterThanOrEqual(chart.plot.top - 0.1);
      expect(s.y + s.height).toBeLessThanOrEqual(chart.plot.bottom + 0.1);
    }
    // Height is proportional to the count.
    const unit = first!.segments[0]!.height / 2;
    expect(chart.bars[2]!.segments[0]!.height).toBeCloseTo(unit * 4, 0);
  });
  it('has whole-number gridlines from zero, and no empty segment', () => {
    expect(chart.ticks[0]!.value).toBe(0);
    expect(chart.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(chart.bars[1]!.segments).toEqual([]);
  });
  it('labels every few years, always the last, and never two side by side', () => {
    expect(yearLabels(5, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(yearLabels(22, 2)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 21]);
    expect(yearLabels(9, 4)).toEqual([0, 4, 8]);
    expect(yearLabels(0, 3)).toEqual([]);
  });
});

describe('the tile map', () => {
  const map = tileMap(['GB', 'FR', 'US', 'CN', 'AU', 'BR', 'INT']);
  const at = (code: string) => map.tiles.find((t) => t.code === code)!;
  it('gives each country one tile of its own, and lists what has no place on a map', () => {
    expect(map.tiles).toHaveLength(6);
    expect(new Set(map.tiles.map((t) => `${t.column},${t.row}`)).size).toBe(6);
    expect(map.unplaced).toEqual(['INT']);
  });
  it('places countries as on a world map: west to east, north to south', () => {
    expect(at('US').column).toBeLessThan(at('GB').column);
    expect(at('GB').column).toBeLessThan(at('CN').column);
    expect(at('GB').row).toBeLessThan(at('AU').row);
    expect(at('US').row).toBeLessThan(at('BR').row);
  });
  it('lays out the same countries the same way every time', () => {
    expect(tileMap(['BR', 'AU', 'CN', 'US', 'FR', 'GB']).tiles.sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      [...map.tiles].sort((a, b) => a.code.localeCompare(b.code)),
    );
  });
});
