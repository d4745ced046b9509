import { chartFontFiles } from './font-folder';
import { covers, readFontFaces, type FontFace } from './font-coverage';
import type { FontSource } from './font-subset';
import {
  drawnCharacters,
  fallbackFontFaces,
  indexSystemFonts,
  systemFontFolders,
  type SystemFont,
} from './system-fonts';

interface ShippedFonts {
  files: string[];
  faces: FontFace[];
  sources: FontSource[];
}

const shippedByFolder = new Map<string, ShippedFonts>();
const systemByFolders = new Map<string, SystemFont[]>();

function shippedFonts(folder: string): ShippedFonts {
  let fonts = shippedByFolder.get(folder);
  if (!fonts) {
    const files = chartFontFiles(folder);
    const read = files.map((file) => ({ file, faces: readFontFaces(file) }));
    fonts = {
      files,
      faces: read.flatMap(({ faces }) => faces),
      sources: read.flatMap(({ file, faces }) => faces.map(({ index }) => ({ file, index }))),
    };
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

/** The faces to draw an SVG's text with, and the characters it draws with them. */
export interface ChartFonts {
  sources: FontSource[];
  /** Every character of the text, spaces included (they have glyphs and widths too). */
  characters: number[];
}

/**
 * The font faces to draw an SVG's text with: the shipped fonts, so Latin, Greek, Cyrillic and
 * Hebrew look the same on every machine, and for any character they lack (Japanese, Chinese,
 * Korean, Arabic, Devanagari…) the operating system's face that has it. The system's fonts are
 * indexed once, lazily: a chart in the shipped fonts' scripts never reads them.
 */
export function chartFontsFor(
  svg: string,
  { fontFolder, systemFolders = systemFontFolders() }: ChartFontOptions,
): ChartFonts {
  const shipped = shippedFonts(fontFolder);
  const text = svgTextContent(svg);
  const characters = [
    ...new Set([...text, ' '].map((character) => character.codePointAt(0) as number)),
  ];
  const lacking = [...drawnCharacters(text)].filter(
    (code) => !shipped.faces.some((face) => covers(face.ranges, code)),
  );
  if (lacking.length === 0) return { sources: shipped.sources, characters };
  return {
    sources: [
      ...shipped.sources,
      ...fallbackFontFaces(lacking, shipped.faces, systemFonts(systemFolders)),
    ],
    characters,
  };
}

/** The font files chartFontsFor draws from, each once. */
export function chartFontFilesFor(svg: string, options: ChartFontOptions): string[] {
  return [...new Set(chartFontsFor(svg, options).sources.map(({ file }) => file))];
}
