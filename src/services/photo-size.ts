// How big a photo is sent: the long side at most 1280 px, never enlarged (pure, for the resize).
export const MAX_SIDE = 1280;

/** The width and height that fit within max on the long side, keeping the aspect ratio. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
