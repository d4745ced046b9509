import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The deliverables' margins: 2.5 cm all round, in points (page-layout.ts). */
const margin = (1418 / 1440) * 72;

export interface PageFill {
  /** The page's number, from 1. */
  page: number;
  /** How far down its text area the page's text goes, from 0 (empty) to 1 (to the foot). */
  fill: number;
  /** Its text's lines, top to bottom, without the header and footer. */
  lines: string[];
}

interface Word {
  yMin: number;
  yMax: number;
  xMin: number;
  text: string;
}

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/**
 * How full each page of a PDF is, read with poppler's `pdftotext -bbox`: where its lowest line of
 * text ends in the text area between the margins (the header and the page number sit in the
 * margins and do not count), and the lines it holds. A chart counts by the caption under it.
 */
export async function pageFills(pdfPath: string): Promise<PageFill[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdfPath, '-'], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = [
    ...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g),
  ];
  return pages.map(([, , heightText, content], index) => {
    const height = Number(heightText);
    const top = margin;
    const bottom = height - margin;
    const words: Word[] = [
      ...(content ?? '').matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map(([, xMin, yMin, yMax, text]) => ({
      xMin: Number(xMin),
      yMin: Number(yMin),
      yMax: Number(yMax),
      text: decode(text ?? ''),
    }));
    const body = words.filter((word) => word.yMin >= top - 2 && word.yMax <= bottom + 2);
    const lowest = Math.max(top, ...body.map((word) => word.yMax));
    const rows = new Map<number, Word[]>();
    for (const word of body) {
      const key = Math.round(word.yMin);
      rows.set(key, [...(rows.get(key) ?? []), word]);
    }
    const lines = [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, line]) =>
        line
          .sort((a, b) => a.xMin - b.xMin)
          .map((word) => word.text)
          .join(' '),
      );
    return { page: index + 1, fill: (lowest - top) / (bottom - top), lines };
  });
}

/**
 * The pages a consultant would not send: those, after the cover, whose text fills less than
 * `least` of the text area although they do not start a part of the document of their own (a
 * heading, `headings`), so they only hold what runs on from the page before, such as a table's
 * last rows or a list's last bullets.
 */
export function nearlyEmptyPages(
  fills: readonly PageFill[],
  headings: readonly string[],
  least = 0.25,
): PageFill[] {
  const titles = headings.map((heading) => heading.replace(/\s+/g, ' ').trim());
  // A long heading wraps: its first line starts it.
  const startsAPart = (line: string) =>
    titles.some((title) => title === line || (line.length >= 10 && title.startsWith(line)));
  return fills.filter(
    ({ page, fill, lines }) => page > 1 && fill < least && !startsAPart(lines[0]?.trim() ?? ''),
  );
}
