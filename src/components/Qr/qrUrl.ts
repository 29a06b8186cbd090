/** URLs of the service's QR images (`GET /api/qr`, see src/server/routes/shortLinks.ts). */

export interface QrUrlOptions {
  /** PNG width in pixels (64-2048). */
  size?: number;
  /** Ask for a file download. */
  download?: boolean;
}

/** The image URL of the QR code of a site path (e.g. `/p/definition-who`). */
export function qrImageUrl(path: string, format: 'svg' | 'png', options: QrUrlOptions = {}): string {
  const query = new URLSearchParams({ path, format });
  if (options.size) query.set('size', String(options.size));
  if (options.download) query.set('download', '1');
  return `/api/qr?${query.toString()}`;
}

/** Pixels of a "slide-ready" PNG: sharp on a 1080p projector at a third of its height or more. */
export const SLIDE_SIZE = 1200;
