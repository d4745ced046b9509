import { toProjectedAgenda } from './agenda-projection';
import { toProjectedFunnel } from './funnel-projection';
import { toProjectedJourney } from './journey-projection';
import { toProjectedObjectives } from './objectives-projection';
import type { Projection, ProjectedView, ProjectedViewKind } from './projection';
import type { ProjectionOptions, ProjectionRecords } from './records';
import { toProjectedSwot } from './swot-projection';

/** The worksheets the room can see on the projector, by the worksheet's id. */
const projectedWorksheets: Record<string, ProjectedViewKind> = {
  'purpose-agenda': 'agenda',
  'journey-map': 'journey-map',
  campaigns: 'funnel',
  'self-critique': 'swot',
  objectives: 'objectives',
};

/**
 * What the projector shows while the laptop is on `worksheet` (null in facilitator mode): the
 * worksheet when it is one made for the room, else the agenda. `follows` says whether the
 * projector shows the laptop's worksheet itself.
 */
export function projectedViewFor(
  worksheet: string | null,
  show: 'worksheet' | 'agenda',
): { kind: ProjectedViewKind; follows: boolean } {
  const kind = worksheet === null || show === 'agenda' ? undefined : projectedWorksheets[worksheet];
  return kind ? { kind, follows: true } : { kind: 'agenda', follows: false };
}

export function toProjectedView(
  kind: ProjectedViewKind,
  records: ProjectionRecords,
  options: ProjectionOptions,
): ProjectedView {
  switch (kind) {
    case 'agenda':
      return toProjectedAgenda(records, options);
    case 'journey-map':
      return toProjectedJourney(records, options);
    case 'funnel':
      return toProjectedFunnel(records, options);
    case 'swot':
      return toProjectedSwot(records);
    case 'objectives':
      return toProjectedObjectives(records, options);
  }
}

/** The whole projection the laptop sends: the heading and the view, as of `options.now`. */
export function toProjection(
  kind: ProjectedViewKind,
  records: ProjectionRecords,
  options: ProjectionOptions & { frozen: boolean },
): Projection {
  return {
    clientName: records.engagement.clientName,
    engagementTitle: records.engagement.title,
    sessionTitle: records.session?.title ?? '',
    view: toProjectedView(kind, records, options),
    frozen: options.frozen,
  };
}
