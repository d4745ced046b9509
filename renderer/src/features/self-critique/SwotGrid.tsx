import type { CritiqueEntry } from '../../../../shared/domain/critique';
import { CritiqueList } from './CritiqueList';

const quadrants = [
  { kind: 'strength', placeholder: 'e.g. Engineers who answer the phone themselves' },
  { kind: 'weakness', placeholder: 'e.g. Onboarding takes six weeks' },
  { kind: 'opportunity', placeholder: 'e.g. New regulation forces competitors’ clients to switch' },
  { kind: 'threat', placeholder: 'e.g. A funded start-up undercuts on price' },
] as const;

/** Strengths and weaknesses (inside) above opportunities and threats (outside). */
export function SwotGrid({
  engagementId,
  entries,
}: {
  engagementId: string;
  entries: readonly CritiqueEntry[] | undefined;
}) {
  return (
    <div className="swot-grid">
      {quadrants.map(({ kind, placeholder }) => (
        <CritiqueList
          key={kind}
          className={`swot-quadrant swot-quadrant--${kind}`}
          engagementId={engagementId}
          kind={kind}
          entries={entries}
          placeholder={placeholder}
        />
      ))}
    </div>
  );
}
