import { worksheetCatalog } from './worksheet-catalog';
import { preloadWorksheet, worksheetComponents } from './worksheet-registry';

interface WorksheetNavProps {
  current: string;
  onSelect: (worksheetId: string) => void;
}

export function WorksheetNav({ current, onSelect }: WorksheetNavProps) {
  return (
    <nav className="worksheet-nav" aria-label="Worksheets">
      <ol>
        {worksheetCatalog.map((entry) => {
          const built = Boolean(worksheetComponents[entry.id]);
          return (
            <li key={entry.id}>
              <button
                type="button"
                className={`worksheet-nav__item${entry.id === current ? ' is-current' : ''}`}
                aria-current={entry.id === current ? 'page' : undefined}
                onClick={() => onSelect(entry.id)}
                // Its code loads as the pointer or focus reaches it, ahead of the click.
                onPointerEnter={() => void preloadWorksheet(entry.id)}
                onFocus={() => void preloadWorksheet(entry.id)}
                title={entry.purpose}
              >
                <span>{entry.label}</span>
                {built ? null : <span className="badge">not built yet</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
