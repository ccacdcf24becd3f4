/**
 * The published size of a share image. Cards are laid out at 1200 x 630 and
 * drawn at two thirds of that: above the size Facebook needs for its large
 * link preview (600 x 315; it recommends 1200 x 630 for sharp high-resolution
 * screens) and X's (300 x 157), with less than half the pixels, which is most
 * of the cost of drawing thousands of cards on a cold build (docs/benchmarks.md).
 */
export const SHARE_IMAGE_SIZE = { width: 800, height: 420 } as const;
