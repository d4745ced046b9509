import type { Projection } from '../projection/projection';
import { ProjectedAgenda } from './ProjectedAgenda';
import { ProjectedFunnel } from './ProjectedFunnel';
import { ProjectedJourney } from './ProjectedJourney';
import { ProjectedObjectives } from './ProjectedObjectives';
import { ProjectedSwot } from './ProjectedSwot';

export function ProjectedView({
  projection,
  receivedAt,
}: {
  projection: Projection;
  /** When this window received it, by its own clock. */
  receivedAt: number;
}) {
  const { view } = projection;
  switch (view.kind) {
    case 'agenda':
      return <ProjectedAgenda view={view} receivedAt={receivedAt} frozen={projection.frozen} />;
    case 'journey-map':
      return <ProjectedJourney view={view} />;
    case 'funnel':
      return <ProjectedFunnel view={view} />;
    case 'swot':
      return <ProjectedSwot view={view} />;
    case 'objectives':
      return <ProjectedObjectives view={view} />;
  }
}
