/** Agenda time arithmetic: pure, in minutes since midnight, shown as HH:MM. */

export interface TimedItem {
  minutes: number;
}

export interface ScheduledItem<T extends TimedItem> {
  item: T;
  startMinute: number;
  start: string;
  end: string;
}

export interface AgendaSchedule<T extends TimedItem> {
  rows: ScheduledItem<T>[];
  plannedMinutes: number;
  sessionMinutes: number;
  /** Minutes the agenda runs past the session's length; 0 when it fits. */
  overrunMinutes: number;
  /** Minutes left unplanned; 0 when the agenda fills or overruns the session. */
  spareMinutes: number;
  ends: string;
}

export function parseClockTime(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return 0;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** HH:MM for a minute count; past midnight it wraps and says so ("00:30 +1"). */
export function formatClockTime(totalMinutes: number): string {
  const safe = Number.isFinite(totalMinutes) ? Math.max(0, Math.round(totalMinutes)) : 0;
  const days = Math.floor(safe / (24 * 60));
  const inDay = safe % (24 * 60);
  const hours = String(Math.floor(inDay / 60)).padStart(2, '0');
  const minutes = String(inDay % 60).padStart(2, '0');
  return days > 0 ? `${hours}:${minutes} +${days}` : `${hours}:${minutes}`;
}

export function formatDuration(totalMinutes: number): string {
  const safe = Number.isFinite(totalMinutes) ? Math.max(0, Math.round(totalMinutes)) : 0;
  const hours = Math.floor(safe / 60);
  const minutes = safe % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

function safeMinutes(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

export function scheduleAgenda<T extends TimedItem>(
  startTime: string,
  sessionMinutes: number,
  items: readonly T[],
): AgendaSchedule<T> {
  const startOfSession = parseClockTime(startTime);
  let cursor = startOfSession;
  const rows = items.map((item) => {
    const startMinute = cursor;
    cursor += safeMinutes(item.minutes);
    return { item, startMinute, start: formatClockTime(startMinute), end: formatClockTime(cursor) };
  });
  const plannedMinutes = cursor - startOfSession;
  const length = safeMinutes(sessionMinutes);
  return {
    rows,
    plannedMinutes,
    sessionMinutes: length,
    overrunMinutes: Math.max(0, plannedMinutes - length),
    spareMinutes: Math.max(0, length - plannedMinutes),
    ends: formatClockTime(cursor),
  };
}
