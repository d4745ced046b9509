import { chartFontFiles } from './font-folder';
import { covers, readFontFaces, type FontFace } from './font-coverage';
import {
  drawnCharacters,
  fallbackFontFiles,
  indexSystemFonts,
  systemFontFolders,
  type SystemFont,
} from './system-fonts';

interface ShippedFonts {
  files: string[];
  faces: FontFace[];
}

const shippedByFolder = new Map<string, ShippedFonts>();
const systemByFolders = new Map<string, SystemFont[]>();

function shippedFonts(folder: string): ShippedFonts {
  let fonts = shippedByFolder.get(folder);
  if (!fonts) {
    const files = chartFontFiles(folder);
    fonts = { files, faces: files.flatMap((file) => readFontFaces(file)) };
    shippedByFolder.set(folder, fonts);
  }
  return fonts;
}

/** The system's fonts, read once per process and only when a chart first needs one. */
function systemFonts(folders: readonly string[]): SystemFont[] {
  const key = folders.join('\n');
  let fonts = systemByFolders.get(key);
  if (!fonts) {
    fonts = indexSystemFonts(folders);
    systemByFolders.set(key, fonts);
  }
  return fonts;
}

/** The text an SVG draws: what stands between its tags, entities decoded. */
export function svgTextContent(svg: string): string {
  return [...svg.matchAll(/>([^<]+)</g)]
    .map((match) =>
      (match[1] as string)
        .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
    )
    .join(' ');
}

export interface ChartFontOptions {
  /** The shipped fonts (build/fonts): Liberation Sans draws every character it has. */
  fontFolder: string;
  /** Where the operating system's fonts are; the platform's own folders by default. */
  systemFolders?: readonly string[];
}

/**
 * The font files to draw an SVG's text with: the shipped fonts, so Latin, Greek, Cyrillic and
 * Hebrew look the same on every machine, and for any character they lack (Japanese, Chinese,
 * Korean, Arabic, Devanagari…) the operating system's font that has it. The system's fonts are
 * indexed once, lazily: a chart in the shipped fonts' scripts never reads them.
 */
export function chartFontFilesFor(
  svg: string,
  { fontFolder, systemFolders = systemFontFolders() }: ChartFontOptions,
): string[] {
  const shipped = shippedFonts(fontFolder);
  const characters = [...drawnCharacters(svgTextContent(svg))];
  const lacking = characters.filter(
    (code) => !shipped.faces.some((face) => covers(face.ranges, code)),
  );
  if (lacking.length === 0) return shipped.files;
  return [
    ...shipped.files,
    ...fallbackFontFiles(lacking, shipped.faces, systemFonts(systemFolders)),
  ];
}
