/**
 * The plain data each chart draws. Worksheets map their records to these; the same data draws the
 * chart on screen and, headless in main, into documents and the command line's output.
 */

/** Required volume per phase, worked backwards from the final goal, for three scenarios. */
export interface ReverseFunnelData {
  phases: {
    name: string;
    /** Today's volume in this phase, when the consultant knows it. */
    baseline: number | null;
    cautious: number;
    expected: number;
    ambitious: number;
  }[];
  /** What a volume counts, e.g. "people" or "leads"; shown on the axis. */
  unit: string;
}

/** The customer's emotion (−2 … +2) across the journey's phases, one line per persona. */
export interface EmotionCurveData {
  phases: string[];
  personas: {
    name: string;
    /** One score per phase, in phase order; null where not scored. */
    scores: (number | null)[];
  }[];
}

/** Campaigns as bars over time, coloured by the phase each is tied to. */
export interface CampaignTimelineData {
  phases: string[];
  campaigns: {
    name: string;
    /** Index into phases; -1 when the campaign has no phase. */
    phaseIndex: number;
    /** ISO dates (YYYY-MM-DD); end on or after start. */
    start: string;
    end: string;
  }[];
  /**
   * Days the month axis covers at least (ISO dates): the whole timeline's, when this is one of
   * the consecutive charts a long timeline is split into, so every part has the same axis.
   */
  span?: { start: string; end: string };
}

/** The brand's tone-of-voice profile against each channel's, on the four dimensions. */
export interface ToneDriftData {
  /** Dimension labels, e.g. "Funny – Serious". */
  dimensions: string[];
  /** The brand's score per dimension; null where not scored. */
  brand: (number | null)[];
  channels: {
    name: string;
    /** The channel's score per dimension, in dimension order; null where not scored. */
    scores: (number | null)[];
  }[];
  /** The scale's ends, e.g. 1 and 5. */
  min: number;
  max: number;
  /** Per dimension, the words for its ends and for leaning towards them ("Formal", "more formal"). */
  poles?: {
    low: string;
    high: string;
    towardsLow: string;
    towardsHigh: string;
  }[];
}

/**
 * The campaign plan as an investment: the budget of each phase and in total, beside the revenue
 * it is expected to bring, in the engagement's one currency.
 */
export interface InvestmentReturnData {
  /** ISO 4217 code, or '' when the engagement has none yet. */
  currency: string;
  bars: {
    label: string;
    /** Never negative; 0 draws no bar. */
    value: number;
    kind: 'phase-budget' | 'total-budget' | 'revenue';
  }[];
}
