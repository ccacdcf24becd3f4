/**
 * Share images (Open Graph / Twitter cards) drawn at build time: title, status
 * word and site name, with fonts shipped in the project's npm packages (Noto
 * Sans for Latin, Noto Sans SC for Chinese), so any script renders and no
 * outside service is called.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { SHARE_IMAGE_SIZE } from './share-image-size.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

interface FontFace {
  file: string;
  ranges: [number, number][];
}

/** The @font-face blocks of a Fontsource stylesheet: each file with its unicode ranges. */
export function parseFontFaces(css: string, dir: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part) => {
      const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(start!, 16), parseInt(end ?? start!, 16)] as [number, number];
    });
    faces.push({ file: join(dir, 'files', file), ranges });
  }
  return faces;
}

const covers = (face: FontFace, code: number) => face.ranges.some(([a, b]) => code >= a && code <= b);

/** Only the font files that hold glyphs for this text, in a stable order. */
export function facesFor(text: string, faces: FontFace[]): FontFace[] {
  const codes = [...new Set([...text].map((c) => c.codePointAt(0)!))];
  return faces.filter((face) => codes.some((code) => covers(face, code)));
}

let catalogue: { latin: FontFace[]; chinese: FontFace[] } | undefined;
function fonts() {
  if (!catalogue) {
    const latinDir = packageDir('@fontsource/noto-sans');
    const chineseDir = packageDir('@fontsource/noto-sans-sc');
    catalogue = {
      latin: parseFontFaces(readFileSync(join(latinDir, '700.css'), 'utf8'), latinDir),
      chinese: parseFontFaces(readFileSync(join(chineseDir, '700.css'), 'utf8'), chineseDir),
    };
  }
  return catalogue;
}

/** Font files are read once per process: a build draws hundreds of cards with the same few. */
const fontFiles = new Map<string, Buffer>();
function fontData(file: string): Buffer {
  let data = fontFiles.get(file);
  if (!data) {
    data = readFileSync(file);
    fontFiles.set(file, data);
  }
  return data;
}

export interface ShareCard {
  /** What the page is: "Case", "Register record". */
  label: string;
  title: string;
  /** The status word shown on the card, e.g. "Counterfeit" or "Unlicensed in United Kingdom". */
  status?: string | undefined;
  /** "fake" cards use the warning colour. */
  tone: 'fake' | 'caution' | 'neutral';
  siteName: string;
}

const TONES = { fake: '#b00020', caution: '#7a4a00', neutral: '#0b5563' } as const;

const fontLists = new Map<string, { name: string; data: Buffer; weight: 700; style: 'normal' }[]>();
/** The same array for the same faces, so that satori reuses the fonts it has parsed (it caches by the array). */
function fontList(faces: FontFace[]) {
  const key = faces.map((f) => f.file).join('|');
  let list = fontLists.get(key);
  if (!list) {
    list = faces.map((face, i) => ({ name: `Noto${i}`, data: fontData(face.file), weight: 700 as const, style: 'normal' as const }));
    fontLists.set(key, list);
  }
  return list;
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const text = `${card.label}${card.title}${card.status ?? ''}${card.siteName}…`;
  const { latin, chinese } = fonts();
  const faces = [...facesFor(text, latin), ...facesFor(text, chinese)];
  const title = card.title.length > 140 ? `${card.title.slice(0, 137)}…` : card.title;
  const node = {
    type: 'div',
    props: {
      style: {
        width: '100%',
        height: '100%',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px',
        backgroundColor: '#ffffff',
        borderTop: `24px solid ${TONES[card.tone]}`,
        fontFamily: faces.map((_, i) => `Noto${i}`).join(', '),
      },
      children: [
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', gap: '24px' },
            children: [
              {
                type: 'div',
                props: {
                  style: { fontSize: '30px', color: '#0b5563', textTransform: 'uppercase', letterSpacing: '2px' },
                  children: card.label,
                },
              },
              {
                type: 'div',
                props: { style: { fontSize: title.length > 80 ? '52px' : '64px', color: '#0b1f2a', lineHeight: 1.2 }, children: title },
              },
            ],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', width: '100%' },
            children: [
              ...(card.status
                ? [
                    {
                      type: 'div',
                      props: {
                        style: {
                          display: 'flex',
                          fontSize: '34px',
                          color: TONES[card.tone],
                          border: `4px solid ${TONES[card.tone]}`,
                          borderRadius: '8px',
                          padding: '6px 18px',
                        },
                        children: card.status.toUpperCase(),
                      },
                    },
                  ]
                : []),
              { type: 'div', props: { style: { display: 'flex', fontSize: '32px', color: '#3d5361' }, children: card.siteName } },
            ],
          },
        },
      ],
    },
  };
  const svg = await satori(node as never, {
    width: 1200,
    height: 630,
    fonts: fontList(faces),
  });
  // Text is already drawn as paths: resvg needs no fonts, and scanning the system's would cost more than the drawing.
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
}
