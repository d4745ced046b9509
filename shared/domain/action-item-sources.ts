import type { ActionItemSource } from './action-item';
import type { AgendaItem } from './agenda';
import { critiqueSourceLabel, type CritiqueEntry } from './critique';
import { limits } from './limits';

export type ActionSourceKind = ActionItemSource['kind'];

export const actionSourceKindLabels: Record<ActionSourceKind, string> = {
  none: 'No source',
  objective: 'Objective',
  critique: 'Self-critique',
  'agenda-item': 'Agenda item',
  campaign: 'Campaign',
};

export interface SourceOption {
  /** kind:id, the value of the option in a select. */
  value: string;
  source: ActionItemSource;
}

export interface SourceGroup {
  label: string;
  options: SourceOption[];
}

/** The minimum an objective offers as a source (the objectives worksheet owns the rest). */
export interface ObjectiveLike {
  id: string;
  statement: string;
  metric: string;
}

export const noSource: ActionItemSource = { kind: 'none', id: '', label: '' };

export function sourceValue(source: Pick<ActionItemSource, 'kind' | 'id'>): string {
  return `${source.kind}:${source.id}`;
}

/** A source's words, on one line and within the stored limit. */
export function boundedSourceLabel(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= limits.shortText ? line : `${line.slice(0, limits.shortText - 1)}…`;
}

function option(kind: ActionSourceKind, id: string, label: string): SourceOption {
  const source = { kind, id, label: boundedSourceLabel(label) };
  return { value: sourceValue(source), source };
}

interface SourceInputs {
  /** The agenda of the session that raised the action, and that session's title. */
  agenda: { sessionTitle: string; items: readonly AgendaItem[] };
  objectives: readonly ObjectiveLike[];
  critique: readonly CritiqueEntry[];
}

/** Where an action item can come from, grouped as the pickers show them; empty groups left out. */
export function sourceGroups({ agenda, objectives, critique }: SourceInputs): SourceGroup[] {
  const groups: SourceGroup[] = [
    {
      label: `Agenda of ${agenda.sessionTitle}`,
      options: agenda.items.map((item, index) =>
        option('agenda-item', item.id, item.title.trim() || `Agenda item ${index + 1}`),
      ),
    },
    {
      label: 'Objectives',
      options: objectives.map((objective, index) =>
        option(
          'objective',
          objective.id,
          objective.statement.trim() || objective.metric.trim() || `Objective ${index + 1}`,
        ),
      ),
    },
    {
      label: 'Self-critique',
      options: critique.map((entry) => option('critique', entry.id, critiqueSourceLabel(entry))),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

/**
 * The current source as an option even when what it named is gone (deleted, or a kind this picker
 * does not offer), so the link still reads and is never changed by merely showing it.
 */
export function currentSourceOption(
  groups: readonly SourceGroup[],
  current: ActionItemSource,
): SourceOption | null {
  if (current.kind === 'none') return null;
  const value = sourceValue(current);
  if (groups.some((group) => group.options.some((candidate) => candidate.value === value)))
    return null;
  const label = current.label.trim() || actionSourceKindLabels[current.kind];
  return { value, source: { ...current, label: boundedSourceLabel(label) } };
}
