import type { WorksheetEntry } from './worksheet-catalog';

/** Said plainly: this worksheet is part of the method but not in this version of the app. */
export function WorksheetNotBuilt({ entry }: { entry: WorksheetEntry }) {
  return (
    <section className="worksheet" aria-labelledby="not-built-title">
      <h2 id="not-built-title">{entry.label}</h2>
      <p className="worksheet-hint">{entry.purpose}</p>
      <div className="notice notice--info" role="status">
        This worksheet is not built yet in this version of Session Studio. Nothing is stored for it.
      </div>
    </section>
  );
}
