import { chartFont } from '../../shared/charts/chart-style';

/**
 * The few DOM members the standalone SVG uses, so it type-checks in main (which has no DOM
 * library) and writes out the same file from main's chart elements (chart-markup.ts) and from
 * React DOM's in Chromium.
 */
export interface MarkupNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
}

export interface MarkupElement extends MarkupNode {
  readonly localName: string;
  readonly childNodes: ArrayLike<MarkupNode>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getAttributeNames(): string[];
  querySelectorAll(selectors: string): ArrayLike<MarkupElement>;
  cloneNode(deep: boolean): unknown;
}

export interface StandaloneSvgOptions {
  /** Ids become `<idPrefix>-1`, `<idPrefix>-2`… in document order. */
  idPrefix: string;
}

const elementNode = 1;
const textNode = 3;
const idListAttributes = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls']);

/**
 * The chart's `<svg>` as a file of its own: namespaced, with the chart font set on it, with ids
 * renamed in document order (React numbers generated ids per process and per root) and every
 * reference to them rewritten, written out as XML by this code rather than by a DOM's HTML
 * serialiser, so the document's file and the screen's markup are written alike.
 */
export function toStandaloneSvg(svg: MarkupElement, { idPrefix }: StandaloneSvgOptions): string {
  const copy = svg.cloneNode(true) as MarkupElement;
  renameIds(copy, idPrefix);
  // A style sized for a page's layout means nothing in a document; width and height stay.
  copy.removeAttribute('style');
  if (copy.getAttribute('font-family') === null) copy.setAttribute('font-family', chartFont.family);
  if (copy.getAttribute('font-size') === null)
    copy.setAttribute('font-size', String(chartFont.size));
  const markup = toXml(copy);
  const namespaces =
    ' xmlns="http://www.w3.org/2000/svg"' +
    (/\sxlink:[a-z]+="/.test(markup) ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '');
  return markup.replace(/^<svg/, `<svg${namespaces}`);
}

function renameIds(root: MarkupElement, idPrefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of Array.from(root.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id') ?? '';
    if (!renamed.has(id)) renamed.set(id, `${idPrefix}-${renamed.size + 1}`);
    element.setAttribute('id', renamed.get(id) as string);
  }
  if (renamed.size === 0) return;
  const rename = (id: string) => renamed.get(id) ?? id;
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of element.getAttributeNames()) {
      if (name === 'id') continue;
      const value = element.getAttribute(name) ?? '';
      let next = value.replace(
        /url\(\s*(['"]?)#([^'")]+)\1\s*\)/g,
        (_, quote: string, id: string) => `url(${quote}#${rename(id)}${quote})`,
      );
      if ((name === 'href' || name === 'xlink:href') && next.startsWith('#'))
        next = `#${rename(next.slice(1))}`;
      if (idListAttributes.has(name)) next = next.split(/\s+/).map(rename).join(' ');
      if (next !== value) element.setAttribute(name, next);
    }
  }
}

function toXml(node: MarkupNode): string {
  if (node.nodeType === textNode) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== elementNode) return ''; // comments and the like carry nothing to draw
  const element = node as MarkupElement;
  const attributes = element
    .getAttributeNames()
    .map((name) => ` ${name}="${escapeAttribute(element.getAttribute(name) ?? '')}"`)
    .join('');
  const children = Array.from(element.childNodes).map(toXml).join('');
  return `<${element.localName}${attributes}>${children}</${element.localName}>`;
}

/** Whether a text may need escaping or cleaning; most of a chart's numbers and names do not. */
// eslint-disable-next-line no-control-regex -- control characters are among those looked for
const needsWork = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function escapeText(text: string): string {
  if (!needsWork.test(text)) return text;
  return withoutXmlForbidden(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function escapeAttribute(value: string): string {
  if (!needsWork.test(value)) return value;
  return escapeText(value)
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}

/** Characters XML forbids (control characters pasted into a name) would make the file unreadable. */
function withoutXmlForbidden(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}
