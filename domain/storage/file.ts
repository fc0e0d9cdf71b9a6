// Pure checks of an uploaded file that may be a picture or a PDF (scanned documents): what its
// bytes really are, whatever its name says — JPEG, PNG, WebP by sniffImage, PDF by "%PDF-".
import { EXTENSIONS as IMAGE_EXTENSIONS, IMAGE_TYPES, sniffImage } from './image';

export const FILE_TYPES = [...IMAGE_TYPES, 'application/pdf'] as const;
export type FileType = (typeof FILE_TYPES)[number];

export const FILE_EXTENSIONS: Record<FileType, string> = {
  ...IMAGE_EXTENSIONS,
  'application/pdf': 'pdf',
};

/** A PDF starts with "%PDF-" (its magic bytes); a web page that mentions one later does not. */
export function isPdf(b: Uint8Array): boolean {
  return b.length >= 5 && String.fromCharCode(b[0], b[1], b[2], b[3], b[4]) === '%PDF-';
}

/** The type the bytes really are (JPEG, PNG, WebP or PDF), or null. */
export function sniffFile(b: Uint8Array): FileType | null {
  return sniffImage(b) ?? (isPdf(b) ? 'application/pdf' : null);
}
