import type { ActionItem } from '../../../../../shared/domain/action-item';
import type { CaptureKind } from '../../../../../shared/domain/capture';
import type { SessionNote } from '../../../../../shared/domain/session-note';

export interface CapturedLine {
  id: string;
  kind: CaptureKind;
  text: string;
  /** For an action: owner and due date, as they read. */
  detail: string;
  createdAt: number;
}

/**
 * What has been captured under one agenda item (or the session, for null), newest first: its
 * decisions, parking-lot topics and insights, and the session's actions raised from that item.
 */
export function capturedUnder(
  targetId: string | null,
  sessionId: string,
  notes: readonly SessionNote[],
  actions: readonly ActionItem[],
  ownerOf: (item: ActionItem) => string,
): CapturedLine[] {
  const itemId = targetId ?? '';
  const lines: CapturedLine[] = [];
  for (const note of notes)
    if (note.kind !== 'agenda-note' && note.agendaItemId === itemId && note.text.trim() !== '')
      lines.push({
        id: note.id,
        kind: note.kind,
        text: note.text.trim(),
        detail: '',
        createdAt: note.createdAt,
      });
  for (const action of actions) {
    if (action.sessionId !== sessionId) continue;
    const fromItem =
      targetId === null
        ? action.source.kind === 'none'
        : action.source.kind === 'agenda-item' && action.source.id === targetId;
    if (!fromItem) continue;
    const owner = ownerOf(action);
    const detail = [
      owner ? `Owner: ${owner}` : 'No owner yet',
      action.dueDate && `due ${action.dueDate}`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push({
      id: action.id,
      kind: 'action',
      text: action.what.trim() || 'An action without words yet',
      detail,
      createdAt: action.createdAt,
    });
  }
  return lines.sort((a, b) => b.createdAt - a.createdAt);
}
