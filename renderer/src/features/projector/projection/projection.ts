import { z } from 'zod';
import {
  emotionCurveDataSchema,
  reverseFunnelDataSchema,
} from '../../../../../shared/charts/chart-data-schemas';

/**
 * What the projector window shows the room: plain data the laptop's window builds from its stored
 * rows and sends over. Private fields are left out by the laptop before sending, so what the room
 * must not see never reaches the projector's window. Parsed on arrival: another window's message
 * is a process boundary like any other.
 */

const text = z.string().max(20_000);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(500);

const agendaViewSchema = z.object({
  kind: z.literal('agenda'),
  purpose: text,
  items: list(
    z.object({
      id: z.string().max(64),
      title: text,
      start: z.string().max(8),
      minutes: z.number().finite().min(0),
      owner: text,
      state: z.enum(['done', 'running', 'up']),
    }),
  ),
  /** The item on now and its clock when the projection was sent; null before the session runs. */
  clock: z
    .object({
      itemId: z.string().max(64),
      elapsedMs: z.number().finite().min(0),
      running: z.boolean(),
    })
    .nullable(),
  finished: z.boolean(),
  /** The facilitator's notes on the item on now: private, so absent when private fields are hidden. */
  notes: text.optional(),
});

const journeyViewSchema = z.object({
  kind: z.literal('journey-map'),
  phases: list(
    z.object({
      name: text,
      customerGoal: text,
      questions: text,
      mindset: text,
      emotion: z.number().finite().nullable(),
      kpi: text,
      conversionRate: z.number().finite().nullable(),
      objections: list(text),
      touchPoints: list(
        z.object({
          channel: text,
          content: text,
          /** Who runs it, and whether it exists yet: internal, so private. */
          owner: text.optional(),
          status: text.optional(),
        }),
      ),
      /** Today's volume in the phase: the client's internal figure, so private. */
      baseline: z.number().finite().nullable().optional(),
    }),
  ),
  emotionCurve: emotionCurveDataSchema.nullable(),
});

const funnelViewSchema = z.object({
  kind: z.literal('funnel'),
  /** "120 new customers by 2027-12-31", or '' with no goal yet. */
  goal: text,
  funnel: reverseFunnelDataSchema.nullable(),
  /** The safety buffer and the planner's warnings: the consultant's internal checks. */
  bufferPercent: z.number().finite().optional(),
  warnings: list(text).optional(),
});

const swotViewSchema = z.object({
  kind: z.literal('swot'),
  strengths: list(text),
  weaknesses: list(text),
  opportunities: list(text),
  threats: list(text),
  changes: list(text),
  positioning: text,
});

const objectivesViewSchema = z.object({
  kind: z.literal('objectives'),
  objectives: list(
    z.object({
      statement: text,
      refined: text,
      baseline: text,
      target: text,
      deadline: text,
      /** The SMART check: an internal check, so private. */
      smart: z.object({ passedCount: z.number().int().min(0).max(4) }).optional(),
    }),
  ),
});

export const projectedViewSchema = z.discriminatedUnion('kind', [
  agendaViewSchema,
  journeyViewSchema,
  funnelViewSchema,
  swotViewSchema,
  objectivesViewSchema,
]);
export type ProjectedView = z.infer<typeof projectedViewSchema>;
export type ProjectedViewKind = ProjectedView['kind'];
export type ProjectedAgenda = z.infer<typeof agendaViewSchema>;
export type ProjectedJourney = z.infer<typeof journeyViewSchema>;
export type ProjectedFunnel = z.infer<typeof funnelViewSchema>;
export type ProjectedSwot = z.infer<typeof swotViewSchema>;
export type ProjectedObjectives = z.infer<typeof objectivesViewSchema>;

export const projectionSchema = z.object({
  clientName: text,
  engagementTitle: text,
  sessionTitle: text,
  view: projectedViewSchema,
  /** The consultant froze the projected view: it stays exactly as it is, countdown included. */
  frozen: z.boolean(),
});
export type Projection = z.infer<typeof projectionSchema>;

/** What the two windows say to each other. */
export const projectorMessageSchema = z.discriminatedUnion('kind', [
  /** Laptop → projector: show this. */
  z.object({ kind: z.literal('show'), projection: projectionSchema }),
  /** Projector → laptop: just opened (or reloaded), send what to show. */
  z.object({ kind: z.literal('hello') }),
  /** Projector → laptop: its window is closing. */
  z.object({ kind: z.literal('closed') }),
]);
export type ProjectorMessage = z.infer<typeof projectorMessageSchema>;
