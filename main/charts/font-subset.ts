import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

/** One face of a font file: a .ttc collection holds several, a .ttf or .otf one (index 0). */
export interface FontSource {
  file: string;
  index: number;
}

/** The few exports of harfbuzzjs's hb-subset build this module calls (pointers are numbers). */
interface HarfBuzz {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const readOnly = 1; // HB_MEMORY_MODE_READONLY: the file's bytes stay where they were copied
const layoutFeatureTags = 6; // HB_SUBSET_SETS_LAYOUT_FEATURE_TAG

/** WebAssembly, as Node has it (main's compiler settings hold no DOM library to declare it). */
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: {
    instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }>;
  };
};

let harfBuzz: Promise<HarfBuzz> | undefined;

/** hb-subset, compiled off the calling thread on first use and kept for the process. */
function loadHarfBuzz(): Promise<HarfBuzz> {
  harfBuzz ??= (async () => {
    const code = readFileSync(
      createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'),
    );
    const { instance } = await wasm.instantiate(code);
    const exports = instance.exports as unknown as HarfBuzz;
    exports._initialize();
    return exports;
  })();
  return harfBuzz;
}

/** Faces read into hb-subset's memory: each file read once per process, only the face used. */
const faces = new Map<string, number>();

function faceOf(hb: HarfBuzz, { file, index }: FontSource): number {
  const key = `${index}\u0000${file}`;
  let face = faces.get(key);
  if (face === undefined) {
    const bytes = readFileSync(file);
    const data = hb.malloc(bytes.length);
    new Uint8Array(hb.memory.buffer, data, bytes.length).set(bytes);
    // The blob and its bytes live as long as the process: later charts reuse the face.
    const blob = hb.hb_blob_create(data, bytes.length, readOnly, 0, 0);
    face = hb.hb_face_create(blob, index);
    hb.hb_blob_destroy(blob);
    faces.set(key, face);
  }
  return face;
}

/**
 * The face cut down to the glyphs of the given characters, as a font file's bytes: its outlines,
 * metrics, kerning and every layout feature kept (hb-subset follows substitutions to the glyphs
 * they reach), so text shapes and draws exactly as with the whole face.
 */
async function subsetBytes(source: FontSource, characters: readonly number[]): Promise<Buffer> {
  const hb = await loadHarfBuzz();
  const face = faceOf(hb, source);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('The chart font could not be prepared (out of memory).');
  let subset: number;
  try {
    const features = hb.hb_subset_input_set(input, layoutFeatureTags);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features); // every layout feature, as resvg's shaper may use any
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const code of characters) hb.hb_set_add(unicodes, code);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (subset === 0) throw new Error(`The font ${source.file} could not be cut down for a chart.`);
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const length = hb.hb_blob_get_length(blob);
    const data = hb.hb_blob_get_data(blob, 0);
    if (length === 0) throw new Error(`The font ${source.file} could not be cut down for a chart.`);
    return Buffer.from(new Uint8Array(hb.memory.buffer, data, length));
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}

const folderPrefix = 'session-studio-chart-fonts-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders a process left behind when it ended without its exit handlers (killed, or a worker terminated). */
function removeLeftFolders(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => name.startsWith(folderPrefix));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.slice(folderPrefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid))
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

let folder: string | undefined;

/**
 * This process's folder of cut-down fonts (resvg reads fonts from files only), removed at its
 * exit, or by the next process to make one if this one could not.
 */
function subsetFolder(): string {
  if (!folder) {
    removeLeftFolders();
    const made = mkdtempSync(join(tmpdir(), `${folderPrefix}${process.pid}-`));
    folder = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return folder;
}

const subsets = new Map<string, Promise<string>>();

/**
 * A font file holding only the glyphs of `characters` from the source face, made once per
 * process for each face and set of characters. resvg reads its font files again for every glyph
 * it outlines and every fallback it checks: a whole face (400 KB of Liberation Sans, a 19 MB CJK
 * collection) read hundreds of times per chart was most of a chart's drawing time; a subset of
 * a few kilobytes is read in microseconds, and only the face the text needs is ever loaded.
 */
export function subsetFontFile(source: FontSource, characters: Iterable<number>): Promise<string> {
  const codes = [...new Set(characters)].sort((a, b) => a - b);
  const key = `${source.index}\u0000${source.file}\u0000${codes.join(',')}`;
  let path = subsets.get(key);
  if (!path) {
    path = subsetBytes(source, codes).then((bytes) => {
      const name = createHash('sha256').update(key).digest('hex').slice(0, 24);
      const file = join(
        subsetFolder(),
        `${name}.${bytes.readUInt32BE(0) === 0x4f54544f ? 'otf' : 'ttf'}`,
      );
      writeFileSync(file, bytes);
      return file;
    });
    path.catch(() => subsets.delete(key));
    subsets.set(key, path);
  }
  return path;
}
