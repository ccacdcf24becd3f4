/**
 * The published size of a share image. Cards are laid out at 1200 x 630 and
 * drawn at two thirds of that: large enough for every network's large link
 * preview (Facebook's and LinkedIn's need 600 px wide, X's 300), and less than
 * half the pixels, which is most of the cost of drawing thousands of cards on
 * a cold build (docs/benchmarks.md).
 */
export const SHARE_IMAGE_SIZE = { width: 800, height: 420 } as const;
