import { describe, expect, it } from 'vitest';
import { facesFor, parseFontFaces, renderShareImage } from '../../src/lib/publish/share-image.ts';

const css = `/* a */ @font-face { src: url(./files/a-0-700-normal.woff2) format('woff2'), url(./files/a-0-700-normal.woff) format('woff'); unicode-range: U+4e00-4e0f,U+4fdd; }
@font-face { src: url(./files/a-1-700-normal.woff2) format('woff2'), url(./files/a-1-700-normal.woff) format('woff'); unicode-range: U+0000-00ff; }`;

describe('share image fonts', () => {
  it('reads each face with its unicode ranges', () => {
    const faces = parseFontFaces(css, '/fonts');
    expect(faces).toEqual([
      {
        file: '/fonts/files/a-0-700-normal.woff',
        ranges: [
          [0x4e00, 0x4e0f],
          [0x4fdd, 0x4fdd],
        ],
      },
      { file: '/fonts/files/a-1-700-normal.woff', ranges: [[0, 0xff]] },
    ]);
  });
  it('picks only the files that hold the text’s characters', () => {
    const faces = parseFontFaces(css, '/fonts');
    expect(facesFor('保', faces).map((f) => f.file)).toEqual(['/fonts/files/a-0-700-normal.woff']);
    expect(facesFor('Botox', faces).map((f) => f.file)).toEqual(['/fonts/files/a-1-700-normal.woff']);
  });
});

describe('renderShareImage', () => {
  it('draws an 800 x 420 PNG (laid out at 1200 x 630) for a title in Latin and Chinese script', async () => {
    const png = await renderShareImage({
      label: 'Case',
      title: '保妥适 Botox 衡力',
      status: 'Counterfeit',
      tone: 'fake',
      siteName: 'Fake Injectables Watch',
    });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(800);
    expect(png.readUInt32BE(20)).toBe(420);
  }, 30_000);

  it('draws each Chinese character as itself, not as a missing-glyph box', async () => {
    // With no font for these characters, every one would be the same empty box and the two images identical.
    const card = { label: '案例', status: '中国大陆', tone: 'neutral' as const, siteName: '假针剂观察' };
    const fake = await renderShareImage({ ...card, title: '假药' });
    const real = await renderShareImage({ ...card, title: '真药' });
    expect(fake.equals(real)).toBe(false);
  }, 30_000);
});
