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

export type WordBlock = (
  { kind: 'paragraph'; style: string; text: string } | { kind: 'table'; rows: string[][] }
) & { /** On the cover page. */ cover: boolean };

export interface WordDocumentContent {
  /** Paragraphs and tables of the body, in document order. */
  blocks: WordBlock[];
  paragraphs: { style: string; text: string }[];
  /** Heading paragraphs ("Heading 1", "Heading 2"…) with their level. */
  headings: { level: number; text: string }[];
  /** Each table after the cover as rows of cell texts. */
  tables: string[][][];
  /** The cover's details, label and value ([["Date", "14 January 2027"], …]). */
  coverDetails: string[][];
  /** Images placed in the text (charts). */
  imageCount: number;
  title: string;
  creator: string;
}

/**
 * Reads text as a person reads it on the page: Word's no-break hyphen as a hyphen (python-docx
 * 0.8 drops it), a no-break space as a space, and an invisible break opportunity as nothing. The deliverables hold dates and amounts together
 * with them (shared/documents/unbreakable-units.ts).
 */
const readAsPrinted = String.raw`
from docx.oxml.ns import qn as _qn
from docx.oxml.text.run import CT_R as _CT_R
def _printed_text(run):
    text = ''
    for child in run:
        if child.tag == _qn('w:t'):
            text += child.text or ''
        elif child.tag == _qn('w:noBreakHyphen'):
            text += '-'
        elif child.tag == _qn('w:tab'):
            text += '\t'
        elif child.tag in (_qn('w:br'), _qn('w:cr')):
            text += '\n'
    return text.replace('\u00a0', ' ').replace('\u200b', '')
_CT_R.text = property(_printed_text)
`;

const readerScript = String.raw`
import json, sys, docx
${readAsPrinted}
from docx.table import Table
from docx.text.paragraph import Paragraph
document = docx.Document(sys.argv[1])
from docx.oxml.ns import qn
blocks = []
cover = True
for child in document.element.body.iterchildren():
    tag = child.tag.rsplit('}', 1)[-1]
    if tag == 'p':
        paragraph = Paragraph(child, document)
        blocks.append({'kind': 'paragraph', 'style': paragraph.style.name if paragraph.style is not None else '', 'text': paragraph.text, 'cover': cover})
        # The cover is the first section: it ends with the paragraph that holds its properties.
        if child.find('.//' + qn('w:sectPr')) is not None:
            cover = False
    elif tag == 'tbl':
        table = Table(child, document)
        blocks.append({'kind': 'table', 'rows': [[cell.text for cell in row.cells] for row in table.rows], 'cover': cover})
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
    tables: raw.blocks.flatMap((block) =>
      block.kind === 'table' && !block.cover ? [block.rows] : [],
    ),
    coverDetails: raw.blocks.flatMap((block) =>
      block.kind === 'table' && block.cover ? block.rows : [],
    ),
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

/** A picture in a PDF, as `pdfimages -list` gives it (masks left out). */
export interface PdfPicture {
  page: number;
  /** Its pixels. */
  width: number;
  height: number;
  /** Its pixels per inch as placed on the page. */
  xPpi: number;
  yPpi: number;
}

/** The pictures a PDF holds, page by page: what a reader of the PDF sees of each image. */
export async function pdfPictures(pdfPath: string): Promise<PdfPicture[]> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath], { timeout: 30_000 });
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns[2] === 'image')
    .map((columns) => ({
      page: Number(columns[0]),
      width: Number(columns[3]),
      height: Number(columns[4]),
      xPpi: Number(columns[12]),
      yPpi: Number(columns[13]),
    }));
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
    if inline.graphic.graphicData.pic is None:
        continue  # a native chart, not a picture (readWordCharts)
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
  // Alt text as a screen reader says it: a no-break space (a number held to its unit) is a space.
  return (JSON.parse(stdout) as WordImage[]).map((image) => ({
    ...image,
    description: image.description.replaceAll('\u00A0', ' '),
  }));
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

export interface WordFrame {
  /** Each section's header and footer text (fields leave no text), in section order. */
  headers: string[];
  footers: string[];
  /** The field codes in each section's footer ("PAGE", "NUMPAGES"). */
  footerFields: string[][];
  properties: {
    title: string;
    subject: string;
    author: string;
    keywords: string;
    lastModifiedBy: string;
    /** From docProps/app.xml, which python-docx does not read: the zip is read directly. */
    company: string;
  };
  /** The colour of each heading style by its id (Title, Heading1, Heading2), six hex digits. */
  headingColours: Record<string, string>;
  /** The fill of the first row of each table after the cover. */
  tableHeaderFills: string[];
}

const frameReaderScript = String.raw`
import json, sys, zipfile, re, docx, docx.table
${readAsPrinted}
from docx.oxml.ns import qn
document = docx.Document(sys.argv[1])
def fields(part):
    return [t.text.strip() for t in part._element.iter(qn('w:instrText'))]
def text(part):
    return '\n'.join(p.text for p in part.paragraphs)
p = document.core_properties
app = zipfile.ZipFile(sys.argv[1]).read('docProps/app.xml').decode('utf-8')
company = re.search(r'<Company>(.*?)</Company>', app)
colours = {}
for style in document.styles:
    if style.style_id in ('Title', 'Heading1', 'Heading2'):
        colours[style.style_id] = str(style.font.color.rgb) if style.font.color.rgb else ''
fills = []
body = list(document.element.body.iterchildren())
cover_end = next((i for i, child in enumerate(body) if child.find('.//' + qn('w:sectPr')) is not None), -1)
for table in [docx.table.Table(child, document) for child in body[cover_end + 1:] if child.tag == qn('w:tbl')]:
    shading = table.rows[0].cells[0]._tc.find('.//' + qn('w:shd'))
    fills.append(shading.get(qn('w:fill')) if shading is not None else '')
print(json.dumps({
  'headers': [text(s.header) for s in document.sections],
  'footers': [text(s.footer) for s in document.sections],
  'footerFields': [fields(s.footer) for s in document.sections],
  'properties': {'title': p.title or '', 'subject': p.subject or '', 'author': p.author or '', 'keywords': p.keywords or '', 'lastModifiedBy': p.last_modified_by or '', 'company': company.group(1) if company else ''},
  'headingColours': colours,
  'tableHeaderFills': fills,
}))
`;

/** The frame of a document read back: headers, footers, properties (company included), colours. */
export async function readWordFrame(docxPath: string): Promise<WordFrame> {
  const { stdout } = await run(debianPython, ['-c', frameReaderScript, docxPath], {
    timeout: 30_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as WordFrame;
}

export interface WordChart {
  /** The chart's name and alt text, as for images. */
  name: string;
  description: string;
  /** The chart part's content type (application/vnd.openxmlformats-officedocument.drawingml.chart+xml). */
  contentType: string;
  /** lineChart, barChart…: how Word draws it. */
  plots: string[];
  /** Each series' name, as the legend shows it. */
  series: string[];
  /** The categories along its axis. */
  categories: string[];
  /** Whether the chart carries its data as a workbook Word's "Edit Data" opens. */
  hasWorkbook: boolean;
}

const chartReaderScript = String.raw`
import json, sys, docx
from lxml import etree
C = '{http://schemas.openxmlformats.org/drawingml/2006/chart}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
document = docx.Document(sys.argv[1])
charts = []
for shape in document.inline_shapes:
    inline = shape._inline
    data = inline.graphic.graphicData
    if not data.get('uri', '').endswith('/chart'):
        continue
    part = document.part.related_parts[data.find(C + 'chart').get(R + 'id')]
    xml = etree.fromstring(part.blob)
    plot = xml.find('.//' + C + 'plotArea')
    first = xml.find('.//' + C + 'ser')
    charts.append({
        'name': inline.docPr.get('name') or '',
        'description': inline.docPr.get('descr') or '',
        'contentType': part.content_type,
        'plots': [child.tag[len(C):] for child in plot if child.tag.endswith('Chart')],
        'series': [ser.findtext(C + 'tx//' + C + 'v') for ser in xml.iter(C + 'ser')],
        'categories': [v.text for v in first.find(C + 'cat').iter(C + 'v')] if first is not None else [],
        'hasWorkbook': any(rel.reltype.endswith('/package') for rel in part.rels.values()),
    })
print(json.dumps(charts))
`;

/** The native Word charts placed in the text, read back by python-docx from their chart parts. */
export async function readWordCharts(docxPath: string): Promise<WordChart[]> {
  const { stdout } = await run(debianPython, ['-c', chartReaderScript, docxPath], {
    timeout: 30_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as WordChart[]).map((chart) => ({
    ...chart,
    description: chart.description.replaceAll('\u00A0', ' '),
  }));
}
