import { useState } from 'react';

export type JourneyView = 'grid' | 'list';

// The last view chosen, kept while the app runs, so coming back to the map keeps it.
let lastView: JourneyView | null = null;

function initialView(): JourneyView {
  if (lastView) return lastView;
  // A narrow window edits more comfortably as a list.
  return typeof window !== 'undefined' && window.innerWidth < 900 ? 'list' : 'grid';
}

export function useJourneyView() {
  const [view, setView] = useState<JourneyView>(initialView);
  const choose = (next: JourneyView) => {
    lastView = next;
    setView(next);
  };
  return [view, choose] as const;
}

const views: { id: JourneyView; label: string }[] = [
  { id: 'grid', label: 'Grid' },
  { id: 'list', label: 'List' },
];

/** Two views of the same map: the grid (phases across) and the list (for a small screen). */
export function JourneyViewSwitch({
  view,
  onChange,
}: {
  view: JourneyView;
  onChange: (view: JourneyView) => void;
}) {
  return (
    <div className="tabs" role="tablist" aria-label="View of the journey map">
      {views.map((option) => (
        <button
          key={option.id}
          type="button"
          role="tab"
          className="tab"
          aria-selected={view === option.id}
          aria-controls="journey-view"
          onClick={() => onChange(option.id)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
