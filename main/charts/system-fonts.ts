import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { covers, readFontFaces, type FontFace } from './font-coverage';
import type { FontSource } from './font-subset';

/** A font file of the operating system and the faces in it. */
export interface SystemFont {
  file: string;
  faces: FontFace[];
}

/** Where each operating system keeps its fonts, the user's own included. */
export function systemFontFolders(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = homedir(),
): string[] {
  if (platform === 'win32') {
    const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    const folders = [join(windows, 'Fonts')];
    if (env.LOCALAPPDATA) folders.push(join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
    return folders;
  }
  if (platform === 'darwin')
    return [
      '/System/Library/Fonts',
      '/System/Library/AssetsV2',
      '/Library/Fonts',
      join(home, 'Library', 'Fonts'),
    ];
  const dataHome = env.XDG_DATA_HOME ?? join(home, '.local', 'share');
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(dataHome, 'fonts'),
    join(home, '.fonts'),
  ];
}

const fontFile = /\.(ttf|otf|ttc)$/i;

function fontFilesUnder(folder: string, depth: number, found: string[]): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // a folder this system does not have, or may not read
  }
  for (const name of names.sort()) {
    const path = join(folder, name);
    if (fontFile.test(name)) found.push(path);
    else if (depth > 0 && !name.includes('.')) {
      try {
        if (statSync(path).isDirectory()) fontFilesUnder(path, depth - 1, found);
      } catch {
        // a broken link: nothing to read
      }
    }
  }
}

/**
 * Which file to try first for a character: plain upright sans faces before serif, monospaced,
 * condensed, light or slanted ones, so a fallback glyph sits well beside Liberation Sans.
 */
function preference(font: SystemFont): number {
  const name = basename(font.file).toLowerCase();
  let rank = 0;
  if (!name.includes('sans')) rank += 4;
  if (/serif|mono|math|emoji|symbol/.test(name)) rank += 8;
  if (/condensed|narrow|light|thin|black|heavy|oblique|italic/.test(name)) rank += 16;
  if (!font.faces.some((face) => face.weight >= 350 && face.weight <= 500 && !face.italic))
    rank += 32;
  return rank;
}

/** Every readable font file in the folders, best first (see preference). */
export function indexSystemFonts(folders: readonly string[]): SystemFont[] {
  const files: string[] = [];
  for (const folder of folders) fontFilesUnder(folder, 4, files);
  const fonts: SystemFont[] = [];
  for (const file of files) {
    try {
      const faces = readFontFaces(file);
      if (faces.length > 0) fonts.push({ file, faces });
    } catch {
      // a damaged or unusual font file is passed over, never the chart
    }
  }
  return fonts
    .map((font, order) => ({ font, order, rank: preference(font) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ font }) => font);
}

/** The characters of a text that need a glyph (not spaces, marks of layout or control codes). */
export function drawnCharacters(text: string): Set<number> {
  const codes = new Set<number>();
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) continue;
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) continue;
    if ((code >= 0x2066 && code <= 0x2069) || code === 0xfeff) continue;
    codes.add(code);
  }
  return codes;
}

/**
 * The system font faces that draw the characters the given faces lack, in the order resvg would
 * try them had it been given each chosen file whole: for each character, the first face having
 * it of the files already chosen, else of the first file in the index (best first) that has it.
 * Characters no file has stay missing. Only these faces are loaded, not the rest of their
 * collections (a CJK collection holds ten).
 */
export function fallbackFontFaces(
  characters: Iterable<number>,
  own: readonly FontFace[],
  systemFonts: readonly SystemFont[],
): FontSource[] {
  const chosen = new Map<SystemFont, Set<number>>();
  const hasIt = (code: number) => (font: SystemFont) =>
    font.faces.some((face) => covers(face.ranges, code));
  for (const code of characters) {
    if (own.some((face) => covers(face.ranges, code))) continue;
    const font = [...chosen.keys()].find(hasIt(code)) ?? systemFonts.find(hasIt(code));
    if (!font) continue;
    const face = font.faces.find((candidate) => covers(candidate.ranges, code)) as FontFace;
    chosen.set(font, (chosen.get(font) ?? new Set()).add(face.index));
  }
  return [...chosen].flatMap(([font, indexes]) =>
    [...indexes].sort((a, b) => a - b).map((index) => ({ file: font.file, index })),
  );
}
