/**
 * What an SVG logo may hold. A logo is drawn into documents and shown in the app, so it must be
 * a picture and nothing else: no scripts, no event handlers, no HTML, nothing fetched from another
 * file or address (which could also say that the document was opened). Checked on the text,
 * refusing anything doubtful rather than trying to clean it.
 */
export type SvgProblem = 'not-svg' | 'script' | 'external' | 'doctype';

export interface SvgInspection {
  problem: SvgProblem | null;
  /** What was found, shortened, for the message (an address, a tag). */
  detail: string;
  width: number | null;
  height: number | null;
}

/** An embedded PNG or JPEG image is part of the picture; anything else a reference points to is not. */
const allowedReference = /^\s*(#|data:image\/(png|jpeg);base64,)/i;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[2] ?? match[3] ?? '') : null;
}

const pixelsPerUnit: Record<string, number> = {
  '': 1,
  px: 1,
  pt: 4 / 3,
  pc: 16,
  mm: 96 / 25.4,
  cm: 96 / 2.54,
  in: 96,
};

/** A length in pixels; null for a relative one (%, em) or none. */
function length(value: string | null): number | null {
  if (value === null) return null;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(value);
  const factor = match ? pixelsPerUnit[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) return null;
  return Number(match[1]) * factor;
}

function size(rootTag: string): { width: number | null; height: number | null } {
  let width = length(attribute(rootTag, 'width'));
  let height = length(attribute(rootTag, 'height'));
  const box = (attribute(rootTag, 'viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [boxWidth, boxHeight] = box.length === 4 ? [box[2] ?? NaN, box[3] ?? NaN] : [NaN, NaN];
  const hasBox = boxWidth > 0 && boxHeight > 0;
  if (width === null && height === null && hasBox) [width, height] = [boxWidth, boxHeight];
  else if (width !== null && height === null && hasBox) height = (width * boxHeight) / boxWidth;
  else if (height !== null && width === null && hasBox) width = (height * boxWidth) / boxHeight;
  return {
    width: width === null ? null : Math.round(width),
    height: height === null ? null : Math.round(height),
  };
}

const found = (problem: SvgProblem, detail: string): SvgInspection => ({
  problem,
  detail: shorten(detail),
  width: null,
  height: null,
});

/** Checks the text of an SVG file; a clean one comes back with its size in pixels when it has one. */
export function inspectSvgText(text: string): SvgInspection {
  const body = text.replace(/^\uFEFF/, '');
  // Past an XML declaration and comments, the first element must be the svg root.
  const lead = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/.exec(body)?.[0] ?? '';
  const rest = body.slice(lead.length);
  if (/^<!doctype|<!entity/i.test(rest) || /<!entity/i.test(body))
    return found('doctype', '<!DOCTYPE');
  const rootTag = /^<svg\b[^>]*>/i.exec(rest)?.[0];
  if (!rootTag || !/<\/svg\s*>\s*(<!--[\s\S]*?-->\s*)*$/i.test(rest)) return found('not-svg', '');

  const script =
    /<script\b/i.exec(body) ??
    /<foreignObject\b/i.exec(body) ??
    /\son[a-z]+\s*=/i.exec(body) ??
    /javascript:/i.exec(body) ??
    /<(iframe|embed|object)\b/i.exec(body);
  if (script) return found('script', script[0]);

  const stylesheet = /<\?xml-stylesheet[^>]*>|@import[^;]*/i.exec(body);
  if (stylesheet) return found('external', stylesheet[0]);
  for (const match of body.matchAll(/\s(?:[a-z-]+:)?(?:href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    const value = match[2] ?? match[3] ?? '';
    if (!allowedReference.test(value)) return found('external', value);
  }
  for (const match of body.matchAll(/url\(\s*(['"]?)([^)'"]*)/gi)) {
    const value = match[2] ?? '';
    if (!allowedReference.test(value)) return found('external', value);
  }
  return { problem: null, detail: '', ...size(rootTag) };
}
