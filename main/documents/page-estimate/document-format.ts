import {
  attributesOf,
  childrenOf,
  find,
  isOn,
  nameOf,
  NotEstimated,
  numberAttribute,
  type Formatted,
} from './formatted-xml';

/** How a run's text is measured. Sizes in points. */
export interface RunFormat {
  font: string;
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface TabStop {
  /** From the text's left edge, in points. */
  position: number;
  kind: 'left' | 'right';
}

/** What of a paragraph's formatting moves its lines. Lengths in points. */
export interface ParagraphFormat {
  spaceBefore: number;
  spaceAfter: number;
  left: number;
  right: number;
  /** The first line's indent from `left`: negative for a hanging indent. */
  firstLine: number;
  keepNext: boolean;
  keepLines: boolean;
  widowControl: boolean;
  pageBreakBefore: boolean;
  tabs: TabStop[];
  numbering?: { id: number; level: number };
}

const twips = (value: number | undefined) => (value === undefined ? undefined : value / 20);

/** Paragraph and run properties that lay text out alike; anything else is left to the library. */
const sameLayoutParagraph = new Set([
  'w:pStyle',
  'w:jc',
  'w:outlineLvl',
  'w:shd',
  'w:suppressAutoHyphens',
  'w:rPr',
  'w:sectPr',
  'w:suppressLineNumbers',
]);
const sameLayoutRun = new Set([
  'w:rStyle',
  'w:rFonts',
  'w:bCs',
  'w:iCs',
  'w:szCs',
  'w:color',
  'w:u',
  'w:shd',
  'w:highlight',
  'w:lang',
  'w:noProof',
  'w:strike',
  'w:dstrike',
]);

/** Applies a w:pPr's properties over a format. */
function applyParagraphProperties(
  base: ParagraphFormat,
  properties: readonly Formatted[],
): ParagraphFormat {
  const format = { ...base, tabs: [...base.tabs] };
  for (const property of properties) {
    const name = nameOf(property) as string;
    switch (name) {
      case 'w:keepNext':
        format.keepNext = isOn(property) ?? false;
        break;
      case 'w:keepLines':
        format.keepLines = isOn(property) ?? false;
        break;
      case 'w:widowControl':
        format.widowControl = isOn(property) ?? false;
        break;
      case 'w:pageBreakBefore':
        format.pageBreakBefore = isOn(property) ?? false;
        break;
      case 'w:contextualSpacing':
        if (isOn(property)) throw new NotEstimated('contextual spacing');
        break;
      case 'w:spacing': {
        const attributes = attributesOf(property);
        for (const key of Object.keys(attributes))
          if (!['w:before', 'w:after', 'w:line', 'w:lineRule'].includes(key))
            throw new NotEstimated(`paragraph spacing ${key}`);
        const line = numberAttribute(property, 'w:line');
        const rule = attributesOf(property)['w:lineRule'];
        if ((line !== undefined && line !== 240) || (rule !== undefined && rule !== 'auto'))
          throw new NotEstimated('line spacing');
        format.spaceBefore = twips(numberAttribute(property, 'w:before')) ?? format.spaceBefore;
        format.spaceAfter = twips(numberAttribute(property, 'w:after')) ?? format.spaceAfter;
        break;
      }
      case 'w:ind': {
        const attributes = attributesOf(property);
        for (const key of Object.keys(attributes))
          if (!['w:left', 'w:start', 'w:right', 'w:end', 'w:hanging', 'w:firstLine'].includes(key))
            throw new NotEstimated(`an indent ${key}`);
        format.left =
          twips(numberAttribute(property, 'w:left') ?? numberAttribute(property, 'w:start')) ??
          format.left;
        format.right =
          twips(numberAttribute(property, 'w:right') ?? numberAttribute(property, 'w:end')) ??
          format.right;
        const hanging = twips(numberAttribute(property, 'w:hanging'));
        const firstLine = twips(numberAttribute(property, 'w:firstLine'));
        if (hanging !== undefined) format.firstLine = -hanging;
        else if (firstLine !== undefined) format.firstLine = firstLine;
        break;
      }
      case 'w:tabs':
        for (const tab of childrenOf(property)) {
          const kind = attributesOf(tab)['w:val'];
          const position = twips(numberAttribute(tab, 'w:pos'));
          if (position === undefined) throw new NotEstimated('a tab stop without a place');
          if (kind === 'clear') {
            format.tabs = format.tabs.filter((stop) => Math.abs(stop.position - position) > 0.01);
            continue;
          }
          if (kind !== 'left' && kind !== 'right' && kind !== 'start' && kind !== 'end')
            throw new NotEstimated(`a ${String(kind)} tab stop`);
          format.tabs.push({
            position,
            kind: kind === 'right' || kind === 'end' ? 'right' : 'left',
          });
        }
        format.tabs.sort((a, b) => a.position - b.position);
        break;
      case 'w:numPr': {
        const children = childrenOf(property);
        const given = attributesOf(find(children, 'w:numId'))['w:val'];
        const id = numberAttribute(find(children, 'w:numId'), 'w:val');
        // docx writes a list made from a reference as a placeholder it numbers when packing.
        if (given !== undefined && id === undefined) throw new NotEstimated('a numbered list');
        const level = numberAttribute(find(children, 'w:ilvl'), 'w:val') ?? 0;
        format.numbering = id === undefined || id === 0 ? undefined : { id, level };
        break;
      }
      default:
        if (!sameLayoutParagraph.has(name))
          throw new NotEstimated(`the paragraph property ${name}`);
    }
  }
  return format;
}

/** Applies a w:rPr's properties over a run format. */
export function applyRunProperties(base: RunFormat, properties: readonly Formatted[]): RunFormat {
  const format = { ...base };
  for (const property of properties) {
    const name = nameOf(property) as string;
    switch (name) {
      case 'w:b':
        format.bold = isOn(property) ?? false;
        break;
      case 'w:i':
        format.italic = isOn(property) ?? false;
        break;
      case 'w:sz': {
        const size = numberAttribute(property, 'w:val');
        if (size !== undefined) format.size = size / 2;
        break;
      }
      case 'w:rFonts': {
        const attributes = attributesOf(property);
        const ascii = attributes['w:ascii'] ?? attributes['w:hAnsi'];
        if (Object.keys(attributes).some((key) => key.endsWith('Theme')))
          throw new NotEstimated('a theme font');
        if (typeof ascii === 'string') format.font = ascii;
        break;
      }
      default:
        if (!sameLayoutRun.has(name)) throw new NotEstimated(`the run property ${name}`);
    }
  }
  return format;
}

interface Style {
  type: string;
  basedOn?: string;
  paragraph: Formatted[];
  run: Formatted[];
}

/** The styles and numbering of a document, as the lines of its paragraphs need them. */
export interface DocumentFormat {
  paragraph(styleId: string | undefined, direct: readonly Formatted[]): ParagraphFormat;
  run(paragraphStyle: string | undefined, direct: readonly Formatted[]): RunFormat;
  /** A bullet's text and the indent its level gives. */
  bullet(id: number, level: number): { text: string; left: number; hanging: number };
}

const plainParagraph: ParagraphFormat = {
  spaceBefore: 0,
  spaceAfter: 0,
  left: 0,
  right: 0,
  firstLine: 0,
  keepNext: false,
  keepLines: false,
  // Word's own default, when neither the paragraph nor its styles say.
  widowControl: true,
  pageBreakBefore: false,
  tabs: [],
};

export function readDocumentFormat(
  styles: Formatted,
  numbering: Formatted | undefined,
): DocumentFormat {
  const byId = new Map<string, Style>();
  let defaultParagraphStyle: string | undefined;
  let defaultRun: RunFormat = { font: 'Times New Roman', size: 10, bold: false, italic: false };
  let defaultParagraph = plainParagraph;
  for (const child of childrenOf(styles)) {
    const name = nameOf(child);
    if (name === 'w:docDefaults') {
      const defaults = childrenOf(child);
      const run = childrenOf(find(childrenOf(find(defaults, 'w:rPrDefault')), 'w:rPr'));
      defaultRun = applyRunProperties(defaultRun, run);
      const paragraph = childrenOf(find(childrenOf(find(defaults, 'w:pPrDefault')), 'w:pPr'));
      defaultParagraph = applyParagraphProperties(plainParagraph, paragraph);
    } else if (name === 'w:style') {
      const attributes = attributesOf(child);
      const id = String(attributes['w:styleId']);
      const parts = childrenOf(child);
      const style: Style = {
        type: String(attributes['w:type']),
        basedOn: attributesOf(find(parts, 'w:basedOn'))['w:val'] as string | undefined,
        paragraph: childrenOf(find(parts, 'w:pPr')),
        run: childrenOf(find(parts, 'w:rPr')),
      };
      byId.set(id, style);
      const isDefault = attributes['w:default'];
      if (
        style.type === 'paragraph' &&
        (isDefault === true || isDefault === '1' || isDefault === 1)
      )
        defaultParagraphStyle = id;
    }
  }
  const chain = (id: string | undefined): Style[] => {
    const styles: Style[] = [];
    for (let current = id; current !== undefined && styles.length < 20;) {
      const style = byId.get(current);
      if (!style) break;
      styles.unshift(style);
      current = style.basedOn;
    }
    return styles;
  };
  const paragraphCache = new Map<string, ParagraphFormat>();
  const styleParagraph = (id: string | undefined) => {
    const key = id ?? '';
    let format = paragraphCache.get(key);
    if (!format) {
      format = chain(id ?? defaultParagraphStyle).reduce(
        (base, style) => applyParagraphProperties(base, style.paragraph),
        defaultParagraph,
      );
      paragraphCache.set(key, format);
    }
    return format;
  };
  const runCache = new Map<string, RunFormat>();
  const styleRun = (paragraphStyle: string | undefined, characterStyle: string | undefined) => {
    const key = `${paragraphStyle ?? ''}|${characterStyle ?? ''}`;
    let format = runCache.get(key);
    if (!format) {
      format = [...chain(paragraphStyle ?? defaultParagraphStyle), ...chain(characterStyle)].reduce(
        (base, style) => applyRunProperties(base, style.run),
        defaultRun,
      );
      runCache.set(key, format);
    }
    return format;
  };

  // One object for each format: the fonts and measures found for one serve every run of it.
  const runFormats = new Map<string, RunFormat>();
  const sameRunFormat = (format: RunFormat) => {
    const key = `${format.font}|${format.size}|${format.bold}|${format.italic}`;
    const known = runFormats.get(key);
    if (known) return known;
    runFormats.set(key, format);
    return format;
  };

  const levels = new Map<string, { text: string; left: number; hanging: number }>();
  const abstracts = new Map<number, Formatted>();
  const instances = new Map<number, number>();
  for (const child of childrenOf(numbering)) {
    if (nameOf(child) === 'w:abstractNum')
      abstracts.set(numberAttribute(child, 'w:abstractNumId') ?? -1, child);
    else if (nameOf(child) === 'w:num') {
      const parts = childrenOf(child);
      if (
        parts.some(
          (part) =>
            nameOf(part) === 'w:lvlOverride' &&
            childrenOf(part).some((inner) => nameOf(inner) !== 'w:startOverride'),
        )
      )
        throw new NotEstimated('a list level overridden');
      instances.set(
        numberAttribute(child, 'w:numId') ?? -1,
        numberAttribute(find(parts, 'w:abstractNumId'), 'w:val') ?? -1,
      );
    }
  }

  return {
    paragraph(styleId, direct) {
      return applyParagraphProperties(styleParagraph(styleId), direct);
    },
    run(paragraphStyle, direct) {
      const characterStyle = attributesOf(find(direct, 'w:rStyle'))['w:val'] as string | undefined;
      return sameRunFormat(applyRunProperties(styleRun(paragraphStyle, characterStyle), direct));
    },
    bullet(id, level) {
      const key = `${id}|${level}`;
      const known = levels.get(key);
      if (known) return known;
      const abstract = abstracts.get(instances.get(id) ?? -1);
      const definition = childrenOf(abstract).find(
        (child) => nameOf(child) === 'w:lvl' && numberAttribute(child, 'w:ilvl') === level,
      );
      const parts = childrenOf(definition);
      if (attributesOf(find(parts, 'w:numFmt'))['w:val'] !== 'bullet')
        throw new NotEstimated('a numbered list');
      if (find(parts, 'w:suff') || find(parts, 'w:rPr'))
        throw new NotEstimated('a list level with its own font or suffix');
      const indent = find(childrenOf(find(parts, 'w:pPr')), 'w:ind');
      const bullet = {
        text: String(attributesOf(find(parts, 'w:lvlText'))['w:val'] ?? ''),
        left: (numberAttribute(indent, 'w:left') ?? 0) / 20,
        hanging: (numberAttribute(indent, 'w:hanging') ?? 0) / 20,
      };
      levels.set(key, bullet);
      return bullet;
    },
  };
}
