import { describe, expect, it } from 'vitest';
import { currentSourceOption, sourceGroups } from '../../../shared/domain/action-item-sources';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { CritiqueEntry } from '../../../shared/domain/critique';

const agendaItem = (id: string, title: string) => ({ id, title }) as AgendaItem;
const finding = (id: string, kind: CritiqueEntry['kind'], text: string) =>
  ({ id, kind, text }) as CritiqueEntry;

describe('action item sources', () => {
  const groups = sourceGroups({
    agenda: {
      sessionTitle: 'Kick-off',
      items: [agendaItem('a1', 'Welcome'), agendaItem('a2', ' ')],
    },
    objectives: [{ id: 'o1', statement: '', metric: 'Qualified leads' }],
    critique: [finding('c1', 'change', 'Cut onboarding to two weeks')],
  });

  it('groups agenda items, objectives and critique findings with readable labels', () => {
    expect(groups.map((group) => group.label)).toEqual([
      'Agenda of Kick-off',
      'Objectives',
      'Self-critique',
    ]);
    expect(groups.flatMap((group) => group.options.map((option) => option.source))).toEqual([
      { kind: 'agenda-item', id: 'a1', label: 'Welcome' },
      { kind: 'agenda-item', id: 'a2', label: 'Agenda item 2' },
      { kind: 'objective', id: 'o1', label: 'Qualified leads' },
      { kind: 'critique', id: 'c1', label: 'Change needed: Cut onboarding to two weeks' },
    ]);
  });

  it('leaves out empty groups', () => {
    const none = sourceGroups({
      agenda: { sessionTitle: 'X', items: [] },
      objectives: [],
      critique: [],
    });
    expect(none).toEqual([]);
  });

  it('keeps showing a source whose record is gone, under the words it had', () => {
    expect(currentSourceOption(groups, { kind: 'critique', id: 'c1', label: 'old' })).toBeNull();
    expect(
      currentSourceOption(groups, { kind: 'critique', id: 'gone', label: 'Weakness: slow' }),
    ).toEqual({
      value: 'critique:gone',
      source: { kind: 'critique', id: 'gone', label: 'Weakness: slow' },
    });
    expect(currentSourceOption(groups, { kind: 'none', id: '', label: '' })).toBeNull();
  });
});
