import {
  agendaItemEditableSchema,
  agendaItemSchema,
  type AgendaItem,
  type AgendaItemEditable,
} from '../../../../shared/domain/agenda';
import { limits } from '../../../../shared/domain/limits';
import { db } from '../database';
import { trackSave } from '../save-status';
import { newId, validate, ValidationError } from './validation';

function byPosition(a: AgendaItem, b: AgendaItem) {
  return a.position - b.position;
}

export const agendaRepository = {
  listForSession(sessionId: string): Promise<AgendaItem[]> {
    return db.agendaItems
      .where('sessionId')
      .equals(sessionId)
      .toArray()
      .then((items) => items.sort(byPosition));
  },

  async add(sessionId: string, input: Partial<AgendaItemEditable> = {}): Promise<string> {
    const id = newId();
    await trackSave(
      db.transaction('rw', db.agendaItems, async () => {
        const existing = await db.agendaItems.where('sessionId').equals(sessionId).toArray();
        if (existing.length >= limits.agendaItems) {
          throw new ValidationError(`An agenda can have at most ${limits.agendaItems} items.`);
        }
        const now = Date.now();
        const last = existing.reduce((max, item) => Math.max(max, item.position), 0);
        const item = validate(agendaItemSchema, {
          title: '',
          minutes: 15,
          owner: '',
          ...input,
          id,
          sessionId,
          position: last + 1,
          createdAt: now,
          updatedAt: now,
        });
        await db.agendaItems.add(item);
      }),
    );
    return id;
  },

  async update(id: string, patch: Partial<AgendaItemEditable>): Promise<void> {
    const changes = validate(agendaItemEditableSchema.partial(), patch);
    await trackSave(
      db.transaction('rw', db.agendaItems, async () => {
        if (!(await db.agendaItems.get(id)))
          throw new ValidationError('This agenda item no longer exists.');
        await db.agendaItems.update(id, { ...changes, updatedAt: Date.now() });
      }),
    );
  },

  /** Removes an item and hands it back, so the removal can be undone. */
  async remove(id: string): Promise<AgendaItem | undefined> {
    return trackSave(
      db.transaction('rw', db.agendaItems, async () => {
        const item = await db.agendaItems.get(id);
        await db.agendaItems.delete(id);
        return item;
      }),
    );
  },

  async restore(item: AgendaItem): Promise<void> {
    await trackSave(db.agendaItems.put(validate(agendaItemSchema, item)));
  },

  /** Stores a new order: positions follow the given ids; ids of other sessions are ignored. */
  async reorder(sessionId: string, orderedIds: readonly string[]): Promise<void> {
    await trackSave(
      db.transaction('rw', db.agendaItems, async () => {
        const items = await db.agendaItems.where('sessionId').equals(sessionId).toArray();
        const known = new Set(items.map((item) => item.id));
        const order = orderedIds.filter((id) => known.has(id));
        const rest = items
          .filter((item) => !order.includes(item.id))
          .sort(byPosition)
          .map((item) => item.id);
        await Promise.all(
          [...order, ...rest].map((id, index) =>
            db.agendaItems.update(id, { position: index + 1 }),
          ),
        );
      }),
    );
  },
};
