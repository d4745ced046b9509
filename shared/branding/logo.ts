import { z } from 'zod';
import { groupedDigits } from '../domain/grouped-digits';
import { limits } from '../domain/limits';
import { base64Length, base64Pattern, decodeBase64, encodeBase64 } from './base64';
import { inspectImage, logoMediaTypes } from './image-content';

/** What a logo may be: small enough to travel in an engagement file, sharp enough to print. */
export const logoLimits = {
  maxBytes: 5 * 1024 * 1024,
  /** Pixels on each side. */
  minSide: 16,
  maxSide: 8000,
} as const;

/** Written as the schema below loads: a whole number of megabytes needs no Intl (grouped-digits.ts). */
const megabytes = (bytes: number) => {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? groupedDigits(value) : value.toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
};

const whole = groupedDigits;

export const logoSchemaShape = z.object({
  /** The name of the file it was read from, to show the consultant which logo it is. */
  fileName: z
    .string()
    .max(limits.name, `A logo’s file name can be at most ${limits.name} characters.`),
  mediaType: z.enum(logoMediaTypes, { error: 'A logo is a PNG, JPEG or SVG image.' }),
  width: z.number().int().min(logoLimits.minSide).max(logoLimits.maxSide),
  height: z.number().int().min(logoLimits.minSide).max(logoLimits.maxSide),
  /** The file's bytes, base64. */
  data: z
    .string()
    .max(
      base64Length(logoLimits.maxBytes),
      `A logo can be at most ${megabytes(logoLimits.maxBytes)}.`,
    )
    .regex(base64Pattern, 'A logo’s data must be base64.'),
});
export type Logo = z.infer<typeof logoSchemaShape>;

export type LogoCheck = { ok: true; logo: Logo } | { ok: false; problem: string };

/**
 * Checks a file's bytes as a logo, by content: a PNG, JPEG or SVG (without scripts or references
 * to anything outside it), at most 5 MB, of a sensible size. The problem is one sentence naming
 * the file.
 */
export function checkLogoBytes(bytes: Uint8Array, fileName: string): LogoCheck {
  const name = fileName.trim() || 'The file';
  const refuse = (problem: string): LogoCheck => ({ ok: false, problem });
  if (bytes.byteLength > logoLimits.maxBytes)
    return refuse(
      `${name} is ${megabytes(bytes.byteLength)}; a logo can be at most ${megabytes(logoLimits.maxBytes)}.`,
    );
  const image = inspectImage(bytes);
  if (!image.ok) {
    switch (image.problem) {
      case 'not-an-image':
        return refuse(`${name} is not a PNG, JPEG or SVG image.`);
      case 'unreadable':
        return refuse(`${name} looks like a ${image.detail} image but is damaged or cut short.`);
      case 'not-svg':
        return refuse(`${name} is not a complete SVG image.`);
      case 'doctype':
        return refuse(`${name} declares a DOCTYPE or entities, which an SVG logo may not.`);
      case 'script':
        return refuse(`${name} holds a script (${image.detail}); a logo must be a picture only.`);
      case 'external':
        return refuse(
          `${name} refers to something outside it (${image.detail || 'another file'}); a logo must hold everything it shows.`,
        );
    }
  }
  const { width, height } = image;
  if (width === null || height === null)
    return refuse(`${name} does not say how large it is (no width, height or viewBox).`);
  if (width < logoLimits.minSide || height < logoLimits.minSide)
    return refuse(
      `${name} is ${whole(width)} × ${whole(height)} pixels; a logo needs at least ${logoLimits.minSide} pixels on each side.`,
    );
  if (width > logoLimits.maxSide || height > logoLimits.maxSide)
    return refuse(
      `${name} is ${whole(width)} × ${whole(height)} pixels; a logo can be at most ${whole(logoLimits.maxSide)} pixels on each side.`,
    );
  return {
    ok: true,
    logo: {
      fileName: fileName.slice(0, limits.name),
      mediaType: image.mediaType,
      width,
      height,
      data: encodeBase64(bytes),
    },
  };
}

/**
 * A stored logo, checked again from its bytes wherever it arrives (the database, the safety copy,
 * an engagement file): its content must be what it claims, so an edited file cannot smuggle in an
 * SVG with a script.
 */
export const logoSchema = logoSchemaShape.superRefine((logo, context) => {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(logo.data);
  } catch {
    return; // The shape's own check has said so.
  }
  const checked = checkLogoBytes(bytes, logo.fileName || 'The logo');
  if (!checked.ok) {
    context.addIssue({ code: 'custom', path: ['data'], message: checked.problem });
    return;
  }
  const { mediaType, width, height } = checked.logo;
  if (mediaType !== logo.mediaType || width !== logo.width || height !== logo.height)
    context.addIssue({
      code: 'custom',
      path: ['data'],
      message: `The logo’s data is a ${width} × ${height} ${mediaType} image, not what the logo says it is.`,
    });
});

/** The logo's bytes, for drawing it. */
export function logoBytes(logo: Logo): Uint8Array {
  return decodeBase64(logo.data);
}

/** A data: URL to show the logo in the app (an <img> never runs an SVG's scripts; it has none). */
export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mediaType};base64,${logo.data}`;
}
