import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { MarkupElement, MarkupNode } from './standalone-svg';

/**
 * React DOM's names for the attributes of props spelled in camel case (react-dom 19's own list):
 * strokeWidth is written stroke-width, xlinkHref xlink:href. Others are written as spelled.
 */
const attributeAliases = new Map<string, string>([
  ['className', 'class'],
  ['acceptCharset', 'accept-charset'],
  ['htmlFor', 'for'],
  ['httpEquiv', 'http-equiv'],
  ['crossOrigin', 'crossorigin'],
  ['accentHeight', 'accent-height'],
  ['alignmentBaseline', 'alignment-baseline'],
  ['arabicForm', 'arabic-form'],
  ['baselineShift', 'baseline-shift'],
  ['capHeight', 'cap-height'],
  ['clipPath', 'clip-path'],
  ['clipRule', 'clip-rule'],
  ['colorInterpolation', 'color-interpolation'],
  ['colorInterpolationFilters', 'color-interpolation-filters'],
  ['colorProfile', 'color-profile'],
  ['colorRendering', 'color-rendering'],
  ['dominantBaseline', 'dominant-baseline'],
  ['enableBackground', 'enable-background'],
  ['fillOpacity', 'fill-opacity'],
  ['fillRule', 'fill-rule'],
  ['floodColor', 'flood-color'],
  ['floodOpacity', 'flood-opacity'],
  ['fontFamily', 'font-family'],
  ['fontSize', 'font-size'],
  ['fontSizeAdjust', 'font-size-adjust'],
  ['fontStretch', 'font-stretch'],
  ['fontStyle', 'font-style'],
  ['fontVariant', 'font-variant'],
  ['fontWeight', 'font-weight'],
  ['glyphName', 'glyph-name'],
  ['glyphOrientationHorizontal', 'glyph-orientation-horizontal'],
  ['glyphOrientationVertical', 'glyph-orientation-vertical'],
  ['horizAdvX', 'horiz-adv-x'],
  ['horizOriginX', 'horiz-origin-x'],
  ['imageRendering', 'image-rendering'],
  ['letterSpacing', 'letter-spacing'],
  ['lightingColor', 'lighting-color'],
  ['markerEnd', 'marker-end'],
  ['markerMid', 'marker-mid'],
  ['markerStart', 'marker-start'],
  ['maskType', 'mask-type'],
  ['overlinePosition', 'overline-position'],
  ['overlineThickness', 'overline-thickness'],
  ['paintOrder', 'paint-order'],
  ['panose-1', 'panose-1'],
  ['pointerEvents', 'pointer-events'],
  ['renderingIntent', 'rendering-intent'],
  ['shapeRendering', 'shape-rendering'],
  ['stopColor', 'stop-color'],
  ['stopOpacity', 'stop-opacity'],
  ['strikethroughPosition', 'strikethrough-position'],
  ['strikethroughThickness', 'strikethrough-thickness'],
  ['strokeDasharray', 'stroke-dasharray'],
  ['strokeDashoffset', 'stroke-dashoffset'],
  ['strokeLinecap', 'stroke-linecap'],
  ['strokeLinejoin', 'stroke-linejoin'],
  ['strokeMiterlimit', 'stroke-miterlimit'],
  ['strokeOpacity', 'stroke-opacity'],
  ['strokeWidth', 'stroke-width'],
  ['textAnchor', 'text-anchor'],
  ['textDecoration', 'text-decoration'],
  ['textRendering', 'text-rendering'],
  ['transformOrigin', 'transform-origin'],
  ['underlinePosition', 'underline-position'],
  ['underlineThickness', 'underline-thickness'],
  ['unicodeBidi', 'unicode-bidi'],
  ['unicodeRange', 'unicode-range'],
  ['unitsPerEm', 'units-per-em'],
  ['vAlphabetic', 'v-alphabetic'],
  ['vHanging', 'v-hanging'],
  ['vIdeographic', 'v-ideographic'],
  ['vMathematical', 'v-mathematical'],
  ['vectorEffect', 'vector-effect'],
  ['vertAdvY', 'vert-adv-y'],
  ['vertOriginX', 'vert-origin-x'],
  ['vertOriginY', 'vert-origin-y'],
  ['wordSpacing', 'word-spacing'],
  ['writingMode', 'writing-mode'],
  ['xmlnsXlink', 'xmlns:xlink'],
  ['xHeight', 'x-height'],
]);

class TextNode implements MarkupNode {
  readonly nodeType = 3;
  constructor(readonly nodeValue: string) {}
}

/** An element of the chart, as React DOM would have made it: its attributes in the props' order. */
class SvgElement implements MarkupElement {
  readonly nodeType = 1;
  readonly nodeValue = null;
  readonly childNodes: (SvgElement | TextNode)[] = [];
  private readonly attributes = new Map<string, string>();

  constructor(readonly localName: string) {}

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  getAttributeNames(): string[] {
    return [...this.attributes.keys()];
  }
  /** The two selectors the standalone SVG needs: every element, and those with an id. */
  querySelectorAll(selectors: string): SvgElement[] {
    if (selectors !== '*' && selectors !== '[id]')
      throw new Error(`The chart markup does not select "${selectors}".`);
    const found: SvgElement[] = [];
    const walk = (element: SvgElement) => {
      for (const child of element.childNodes)
        if (child instanceof SvgElement) {
          if (selectors === '*' || child.attributes.has('id')) found.push(child);
          walk(child);
        }
    };
    walk(this);
    return found;
  }
  cloneNode(deep: boolean): SvgElement {
    const copy = new SvgElement(this.localName);
    for (const [name, value] of this.attributes) copy.attributes.set(name, value);
    if (deep)
      for (const child of this.childNodes)
        copy.childNodes.push(child instanceof SvgElement ? child.cloneNode(true) : child);
    return copy;
  }
}

function attributeValue(name: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new Error(`A chart's ${name} must be text or a number, not ${typeof value}.`);
}

function append(node: ReactNode, parent: SvgElement): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number') {
    parent.childNodes.push(new TextNode(String(node)));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) append(child as ReactNode, parent);
    return;
  }
  if (!isValidElement(node)) throw new Error('A chart holds something React cannot draw.');
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (type === Fragment) return append(props.children as ReactNode, parent);
  if (typeof type === 'function') {
    // Chart components are plain functions of their props: no state, no effects, no hooks.
    return append((type as (props: unknown) => ReactNode)(props), parent);
  }
  if (typeof type !== 'string') throw new Error('A chart holds a component of another kind.');
  const element = new SvgElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children') continue;
    const text = attributeValue(name, value);
    if (text !== undefined) element.setAttribute(attributeAliases.get(name) ?? name, text);
  }
  append(props.children as ReactNode, element);
  parent.childNodes.push(element);
}

/**
 * A chart component's <svg>, made from its React elements directly, as React DOM makes them on
 * screen (the same elements, attributes in the same order, named as React DOM names them), with
 * no DOM and no React DOM: the chart components are plain functions of their data.
 */
export function chartMarkup(element: ReactElement): MarkupElement {
  const root = new SvgElement('root');
  append(element, root);
  const [svg] = root.childNodes;
  if (!(svg instanceof SvgElement) || svg.localName !== 'svg')
    throw new Error('The chart drew no <svg>.');
  return svg;
}
