import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import { preloadEngagementWorkspace } from '../workspace/engagement-workspace-code';

interface EngagementListProps {
  engagements: readonly Engagement[];
  onOpen: (engagement: Engagement) => void;
  onArchiveToggle: (engagement: Engagement) => void;
  onDelete: (engagement: Engagement) => void;
}

const rowHeight = 68;

// One formatter for every row: making one per row and render costs more than drawing the row.
const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

const preloadWorkspace = () => void preloadEngagementWorkspace();

/** The row's third line, as one string: one text node to change, not four. */
function rowDetails({ industry, lastOpenedAt }: Engagement): string {
  const opened = `opened ${dateFormat.format(new Date(lastOpenedAt))}`;
  return industry ? `${industry} · ${opened}` : opened;
}

/** A virtualised list: only the rows in view are in the DOM, so a thousand engagements stay fast. */
export function EngagementList({
  engagements,
  onOpen,
  onArchiveToggle,
  onDelete,
}: EngagementListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: engagements.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // Two rows beyond each edge: enough for Tab to reach the next row, which scrolls it into view.
    // Every row drawn is work a search keystroke redoes when it changes the list (8 rows cost
    // about 1 ms more a keystroke, in a Chromium trace).
    overscan: 2,
    initialRect: { width: 900, height: 640 },
  });

  return (
    <div ref={scroller} className="engagement-list" role="list" aria-label="Engagements">
      <div
        style={{
          height: virtualizer.getTotalSize(),
          position: 'relative',
          // Each row's height, for the rows' CSS (.engagement-row): one number, here.
          ['--row-height' as string]: `${rowHeight}px`,
        }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const engagement = engagements[row.index];
          // Keyed by place in the list, not by engagement: when a search keystroke changes which
          // engagement a place shows, its row keeps its elements and only their text changes,
          // where a row per engagement would be taken out of the page and another one built.
          return engagement ? (
            <EngagementRow
              key={row.index}
              engagement={engagement}
              top={row.start}
              onOpen={onOpen}
              onArchiveToggle={onArchiveToggle}
              onDelete={onDelete}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}

interface EngagementRowProps extends Omit<EngagementListProps, 'engagements'> {
  engagement: Engagement;
  /** Where the row sits in the scrolled list, in pixels. */
  top: number;
}

/**
 * One engagement: drawn again only when its engagement or its place changes, so a search
 * keystroke redraws only the places whose engagement it changed (the callbacks are stable).
 */
const EngagementRow = memo(function EngagementRow({
  engagement,
  top,
  onOpen,
  onArchiveToggle,
  onDelete,
}: EngagementRowProps) {
  const name = `${engagement.clientName} — ${engagement.title}`;
  return (
    // Two buttons, three lines of text and the row: the fewer elements and text nodes a row has,
    // the less a search keystroke gives the browser to style, lay out and paint.
    <div
      role="listitem"
      aria-label={name}
      className="engagement-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        className="engagement-row__open"
        onClick={() => onOpen(engagement)}
        // Should the click come before the home's quiet moment, the code is already on its way.
        onPointerEnter={preloadWorkspace}
        onFocus={preloadWorkspace}
      >
        <span className="engagement-row__client">{engagement.clientName}</span>
        <span className="engagement-row__title">{engagement.title}</span>
        <span className="engagement-row__meta">{rowDetails(engagement)}</span>
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => onArchiveToggle(engagement)}
        aria-label={`${engagement.archivedAt ? 'Unarchive' : 'Archive'} ${name}`}
      >
        {engagement.archivedAt ? 'Unarchive' : 'Archive'}
      </button>
      <button
        type="button"
        className="button button--small button--danger-quiet"
        onClick={() => onDelete(engagement)}
        aria-label={`Delete ${name}`}
      >
        Delete
      </button>
    </div>
  );
});
