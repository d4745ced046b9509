/** The parts of a positioning statement, in the order the sentence uses them. */
export interface PositioningParts {
  forWhom: string;
  need: string;
  brandName: string;
  category: string;
  benefit: string;
  unlikeWhom: string;
  difference: string;
}
export type PositioningPartKey = keyof PositioningParts;

/** How each missing part shows in the sentence, so the gap reads as a question to the room. */
export const positioningPlaceholders: Record<PositioningPartKey, string> = {
  forWhom: 'for whom',
  need: 'what need',
  brandName: 'brand',
  category: 'what category',
  benefit: 'what benefit',
  unlikeWhom: 'unlike whom',
  difference: 'does what differently',
};

export type PositioningSegment =
  | { kind: 'text'; text: string }
  | { kind: 'part'; key: PositioningPartKey; text: string; missing: boolean };

export interface PositioningStatement {
  /** The sentence, with each missing part as [placeholder]. */
  text: string;
  segments: PositioningSegment[];
  /** The parts still to fill in, in sentence order (the brand falls back, so it is never missing). */
  missing: PositioningPartKey[];
}

/** Words a consultant often types that the template already says ("who …", "the …", "unlike …"). */
const leadingEchoes: Partial<Record<PositioningPartKey, RegExp>> = {
  forWhom: /^for\s+/i,
  need: /^who\s+/i,
  category: /^(?:the|a|an)\s+/i,
  benefit: /^that\s+/i,
  unlikeWhom: /^unlike\s+/i,
};

function clean(key: PositioningPartKey, value: string): string {
  const echo = leadingEchoes[key];
  let text = value.replace(/\s+/g, ' ').trim();
  if (echo) text = text.replace(echo, '');
  return text.replace(/[\s.,;:]+$/, '');
}

/**
 * "For <whom> who <need>, <brand> is the <category> that <benefit>. Unlike <whom>, <brand>
 * <difference>." The brand falls back to the client's name when none is given.
 */
export function assemblePositioningStatement(
  parts: PositioningParts,
  fallbackBrand: string,
): PositioningStatement {
  const segments: PositioningSegment[] = [];
  const missing: PositioningPartKey[] = [];
  const text = (value: string) => segments.push({ kind: 'text', text: value });
  const part = (key: PositioningPartKey) => {
    const given = clean(key, parts[key]);
    const value = key === 'brandName' && given === '' ? clean(key, fallbackBrand) : given;
    const isMissing = value === '';
    if (isMissing && !missing.includes(key)) missing.push(key);
    segments.push({
      kind: 'part',
      key,
      text: isMissing ? `[${positioningPlaceholders[key]}]` : value,
      missing: isMissing,
    });
  };

  text('For ');
  part('forWhom');
  text(' who ');
  part('need');
  text(', ');
  part('brandName');
  text(' is the ');
  part('category');
  text(' that ');
  part('benefit');
  text('. Unlike ');
  part('unlikeWhom');
  text(', ');
  part('brandName');
  text(' ');
  part('difference');
  text('.');

  return { text: segments.map((segment) => segment.text).join(''), segments, missing };
}
