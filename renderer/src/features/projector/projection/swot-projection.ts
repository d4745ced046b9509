import type { CritiqueKind } from '../../../../../shared/domain/critique';
import { assemblePositioningStatement } from '../../../../../shared/domain/positioning';
import type { ProjectedSwot } from './projection';
import type { ProjectionRecords } from './records';

/** The SWOT in four quadrants, the changes needed to compete and the positioning statement. */
export function toProjectedSwot(records: ProjectionRecords): ProjectedSwot {
  const of = (kind: CritiqueKind) =>
    records.critiqueEntries
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.text.trim())
      .filter(Boolean);
  const positioning = assemblePositioningStatement(
    records.critiqueSheet,
    records.engagement.clientName,
  );
  return {
    kind: 'swot',
    strengths: of('strength'),
    weaknesses: of('weakness'),
    opportunities: of('opportunity'),
    threats: of('threat'),
    changes: of('change'),
    // Only a statement with something in it: a row of [placeholders] says nothing to the room.
    positioning: positioning.segments.some(
      (segment) => segment.kind === 'part' && segment.key !== 'brandName' && !segment.missing,
    )
      ? positioning.text
      : '',
  };
}
