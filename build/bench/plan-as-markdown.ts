import { readZipEntry, readZipEntryBytes } from '../../tests/main/documents/read-zip-entry';

/**
 * The content of a Word document as Markdown with its images beside it, for pandoc to turn back
 * into a .docx: the benchmark's peer. Read from the plan the command line wrote, so pandoc gets
 * exactly the same text, tables and chart images (the PNGs), not a second rendering of the data.
 * The contents are left to pandoc's own `--toc`.
 */
export interface MarkdownDocument {
  markdown: string;
  /** File name → bytes of each image the Markdown links to. */
  images: Map<string, Uint8Array>;
}

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: (XmlNode | string)[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return entities[entity] ?? whole;
  });

/** A small XML reader: enough for the well-formed parts docx writes. */
function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|([^<]+)/g;
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    const [, closing, name, attributeText, selfClosing, text] = match;
    const parent = stack[stack.length - 1] as XmlNode;
    if (text !== undefined) parent.children.push(decode(text));
    else if (!name) continue;
    else if (closing) stack.pop();
    else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g))
        attributes[key as string] = decode(value as string);
      const node: XmlNode = { name, attributes, children: [] };
      parent.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  return root;
}

const elements = (node: XmlNode) =>
  node.children.filter((child): child is XmlNode => typeof child !== 'string');
const find = (node: XmlNode, name: string): XmlNode | undefined => {
  for (const child of elements(node)) {
    if (child.name === name) return child;
    const inner = find(child, name);
    if (inner) return inner;
  }
  return undefined;
};

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function planAsMarkdown(docx: Uint8Array): MarkdownDocument {
  const body = find(parseXml(readZipEntry(docx, 'word/document.xml')), 'w:body');
  if (!body) throw new Error('The document has no body.');
  const relationships = new Map(
    [...readZipEntry(docx, 'word/_rels/document.xml.rels').matchAll(/<Relationship [^>]*>/g)].map(
      ([tag]) => [/Id="([^"]+)"/.exec(tag)?.[1] ?? '', /Target="([^"]+)"/.exec(tag)?.[1] ?? ''],
    ),
  );
  const images = new Map<string, Uint8Array>();

  function runText(run: XmlNode): string {
    const on = (name: string) => {
      const flag = find(run, name);
      return flag !== undefined && !['false', '0'].includes(flag.attributes['w:val'] ?? '');
    };
    const italic = on('w:i');
    const bold = on('w:b');
    let text = '';
    for (const part of elements(run)) {
      if (part.name === 'w:t') text += escapeMarkdown(part.children.join(''));
      else if (part.name === 'w:tab') text += ' ';
      else if (part.name === 'w:br') text += '\\\n';
      else if (part.name === 'w:drawing') text += imageOf(part);
    }
    if (text.trim() === '' || text.includes('![')) return text;
    if (bold) return `**${text}**`;
    return italic ? `*${text}*` : text;
  }

  function imageOf(drawing: XmlNode): string {
    const blip = find(drawing, 'a:blip');
    const target = relationships.get(blip?.attributes['r:embed'] ?? '');
    if (!target) return '';
    const name = target.split('/').pop() as string;
    images.set(name, readZipEntryBytes(docx, `word/${target}`));
    const extent = find(drawing, 'wp:extent');
    const description = find(drawing, 'wp:docPr')?.attributes.descr ?? '';
    const widthInches = Number(extent?.attributes.cx ?? 0) / 914_400;
    return `![${escapeMarkdown(description)}](${name}){width=${widthInches.toFixed(2)}in}`;
  }

  function paragraphText(paragraph: XmlNode): string {
    let text = '';
    for (const child of elements(paragraph)) {
      if (child.name === 'w:r') text += runText(child);
      else if (child.name === 'w:hyperlink') text += paragraphText(child);
    }
    return text;
  }

  function paragraph(node: XmlNode): string {
    const style = find(node, 'w:pStyle')?.attributes['w:val'] ?? '';
    const text = paragraphText(node).trim();
    if (text === '') return '';
    if (style === 'Title') return `# ${text} {.unnumbered .unlisted}`;
    if (style === 'Heading1') return `# ${text}`;
    if (style === 'Heading2') return `## ${text}`;
    if (find(node, 'w:numPr')) return `- ${text}`;
    return text;
  }

  function table(node: XmlNode): string {
    const rows = elements(node)
      .filter((child) => child.name === 'w:tr')
      .map((row) =>
        elements(row)
          .filter((cell) => cell.name === 'w:tc')
          .map((cell) =>
            elements(cell)
              .filter((child) => child.name === 'w:p')
              .map((child) => paragraphText(child).trim())
              .filter((text) => text !== '')
              .join(' '),
          ),
      );
    const [header = [], ...rest] = rows;
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rest.map(line)].join('\n');
  }

  const blocks: string[] = [];
  for (const child of elements(body)) {
    // The contents: pandoc writes its own (--toc).
    if (child.name === 'w:sdt') continue;
    if (child.name === 'w:p') blocks.push(paragraph(child));
    else if (child.name === 'w:tbl') blocks.push(table(child));
  }
  return { markdown: `${blocks.filter((block) => block !== '').join('\n\n')}\n`, images };
}
