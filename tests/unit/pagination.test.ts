import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from '../../src/lib/routing/pagination.ts';
import { paths } from '../../src/lib/routing/paths.ts';

describe('paginate', () => {
  const items = Array.from({ length: 125 }, (_, i) => i + 1);
  it('slices pages and reports the range shown', () => {
    const second = paginate(items, 2, 60);
    expect(second).toMatchObject({ page: 2, pages: 3, first: 61, last: 120, total: 125 });
    expect(paginate(items, 3, 60).items).toEqual([121, 122, 123, 124, 125]);
  });
  it('copes with an empty list and out-of-range pages', () => {
    expect(paginate([], 1)).toMatchObject({ pages: 1, first: 0, last: 0, total: 0 });
    expect(paginate(items, 99, 60).page).toBe(3);
  });
});

describe('pageWindow', () => {
  it('shows the ends and the neighbourhood, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(10, 84)).toEqual([1, 0, 8, 9, 10, 11, 12, 0, 84]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('paths.registerPage', () => {
  it('keeps page 1 at the list address', () => {
    expect(paths.registerPage(1)).toBe('/products/');
    expect(paths.registerPage(4)).toBe('/products/page/4/');
  });
});
