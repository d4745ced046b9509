import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Checks a Word document with real readers: LibreOffice (does it open and convert?) and
 * python-docx (what does it hold?). Debian's packages: libreoffice-writer-nogui, python3-docx,
 * poppler-utils. python-docx lives in Debian's own interpreter, not the first python3 on PATH.
 */
const run = promisify(execFile);
const debianPython = '/usr/bin/python3';

export type WordBlock =
  { kind: 'paragraph'; style: string; text: string } | { kind: 'table'; rows: string[][] };

export interface WordDocumentContent {
  /** Paragraphs and tables of the body, in document order. */
  blocks: WordBlock[];
  paragraphs: { style: string; text: string }[];
  /** Heading paragraphs ("Heading 1", "Heading 2"…) with their level. */
  headings: { level: number; text: string }[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  /** Images placed in the text (charts). */
  imageCount: number;
  title: string;
  creator: string;
}

const readerScript = String.raw`
import json, sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
document = docx.Document(sys.argv[1])
blocks = []
for child in document.element.body.iterchildren():
    tag = child.tag.rsplit('}', 1)[-1]
    if tag == 'p':
        paragraph = Paragraph(child, document)
        blocks.append({'kind': 'paragraph', 'style': paragraph.style.name if paragraph.style is not None else '', 'text': paragraph.text})
    elif tag == 'tbl':
        table = Table(child, document)
        blocks.append({'kind': 'table', 'rows': [[cell.text for cell in row.cells] for row in table.rows]})
properties = document.core_properties
print(json.dumps({'blocks': blocks, 'imageCount': len(document.inline_shapes), 'title': properties.title or '', 'creator': properties.author or ''}))
`;

/** Reads a .docx back with python-docx; throws with python's message when it cannot. */
export async function readWordDocument(docxPath: string): Promise<WordDocumentContent> {
  const { stdout } = await run(debianPython, ['-c', readerScript, docxPath], {
    timeout: 30_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  const raw = JSON.parse(stdout) as Pick<
    WordDocumentContent,
    'blocks' | 'imageCount' | 'title' | 'creator'
  >;
  const paragraphs = raw.blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [{ style: block.style, text: block.text }] : [],
  );
  return {
    ...raw,
    paragraphs,
    headings: paragraphs.flatMap((paragraph) => {
      const level = /^Heading (\d)$/.exec(paragraph.style)?.[1];
      return level ? [{ level: Number(level), text: paragraph.text }] : [];
    }),
    tables: raw.blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : [])),
  };
}

/**
 * Converts a .docx to PDF with LibreOffice, in its own profile so parallel runs never share one;
 * resolves to the PDF's path, or throws with what LibreOffice said.
 */
export async function convertToPdf(docxPath: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'session-studio-soffice-'));
  const { stdout, stderr } = await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      docxPath,
    ],
    { timeout: 120_000 },
  );
  const pdf = join(work, basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
  if (!existsSync(pdf) || /error/i.test(stderr))
    throw new Error(`LibreOffice could not convert ${docxPath}: ${stderr || stdout}`);
  if (readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-')
    throw new Error(`LibreOffice wrote something that is not a PDF for ${docxPath}.`);
  return pdf;
}

/** The text of a PDF, page by page (poppler's pdftotext). */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { timeout: 30_000 });
  return stdout.split('\f').slice(0, -1);
}

export interface WordImage {
  /** The image's name and title, as Word's Selection Pane and alt-text dialog show them. */
  name: string;
  title: string;
  /** Its alt text. */
  description: string;
  /** Its size on the page, in centimetres. */
  widthCm: number;
  heightCm: number;
  /** The image format shown where SVG is not (image/png). */
  contentType: string;
}

const imageReaderScript = String.raw`
import json, sys, docx
document = docx.Document(sys.argv[1])
images = []
for shape in document.inline_shapes:
    inline = shape._inline
    properties = inline.docPr
    blip = inline.graphic.graphicData.pic.blipFill.blip
    part = document.part.related_parts[blip.embed]
    images.append({'name': properties.get('name') or '', 'title': properties.get('title') or '', 'description': properties.get('descr') or '', 'widthCm': shape.width.cm, 'heightCm': shape.height.cm, 'contentType': part.content_type})
print(json.dumps(images))
`;

/** The images placed in the text (charts), with their alt text, read back by python-docx. */
export async function readWordImages(docxPath: string): Promise<WordImage[]> {
  const { stdout } = await run(debianPython, ['-c', imageReaderScript, docxPath], {
    timeout: 30_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as WordImage[];
}

/** The orientation of each section of a .docx, in order, read back by python-docx. */
export async function readWordOrientations(docxPath: string): Promise<string[]> {
  const script = String.raw`
import json, sys, docx
from docx.enum.section import WD_ORIENT
document = docx.Document(sys.argv[1])
print(json.dumps(['landscape' if s.orientation == WD_ORIENT.LANDSCAPE else 'portrait' for s in document.sections]))
`;
  const { stdout } = await run(debianPython, ['-c', script, docxPath], { timeout: 30_000 });
  return JSON.parse(stdout) as string[];
}
