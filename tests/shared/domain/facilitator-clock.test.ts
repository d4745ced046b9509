import { describe, expect, it } from 'vitest';
import {
  actualMinutesFrom,
  actualMinutesToRecord,
  currentIndex,
  elapsedMsOf,
  formatClock,
  formatSpokenDuration,
  idleClock,
  itemTiming,
  maxElapsedMs,
  nextItem,
  pauseClock,
  previousItem,
  scheduleDriftMs,
  startClock,
  summarizeActuals,
  toggleClock,
  type ClockState,
} from '../../../shared/domain/facilitator-clock';

const ids = ['welcome', 'objectives', 'wrap-up'];
const t0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const at = (minutes: number, seconds = 0) => t0 + minutes * 60_000 + seconds * 1000;

describe('facilitator clock', () => {
  it('starts on the first item and counts time only while running', () => {
    let clock = startClock(idleClock, ids, at(0));
    expect(clock.currentItemId).toBe('welcome');
    expect(elapsedMsOf(clock, 'welcome', at(4))).toBe(4 * 60_000);
    clock = pauseClock(clock, at(5));
    expect(elapsedMsOf(clock, 'welcome', at(30))).toBe(5 * 60_000);
    clock = startClock(clock, ids, at(30));
    expect(elapsedMsOf(clock, 'welcome', at(32))).toBe(7 * 60_000);
  });

  it('adds up an item across several pauses', () => {
    let clock: ClockState = idleClock;
    clock = toggleClock(clock, ids, at(0)); // start
    clock = toggleClock(clock, ids, at(3)); // pause after 3 min
    clock = toggleClock(clock, ids, at(10)); // resume
    clock = toggleClock(clock, ids, at(12, 30)); // pause after 2.5 min more
    clock = toggleClock(clock, ids, at(20)); // resume
    expect(elapsedMsOf(clock, 'welcome', at(21))).toBe(6.5 * 60_000);
  });

  it('moves on with Next, keeps running there, and keeps each item’s time apart', () => {
    let clock = startClock(idleClock, ids, at(0));
    clock = nextItem(clock, ids, at(10));
    expect(clock.currentItemId).toBe('objectives');
    expect(clock.runningSince).toBe(at(10));
    expect(elapsedMsOf(clock, 'welcome', at(25))).toBe(10 * 60_000);
    expect(elapsedMsOf(clock, 'objectives', at(25))).toBe(15 * 60_000);
  });

  it('steps back with Previous and adds to the earlier item’s time', () => {
    let clock = startClock(idleClock, ids, at(0));
    clock = nextItem(clock, ids, at(10));
    clock = previousItem(clock, ids, at(12));
    expect(clock.currentItemId).toBe('welcome');
    expect(elapsedMsOf(clock, 'welcome', at(13))).toBe(11 * 60_000);
    expect(previousItem(clock, ids, at(14))).toBe(clock);
  });

  it('moves without starting the clock when it is paused', () => {
    const clock = nextItem(idleClock, ids, at(0));
    expect(clock).toMatchObject({ currentItemId: 'objectives', runningSince: null });
  });

  it('finishes on Next from the last item, stops the clock, and goes back with Previous', () => {
    let clock = startClock(idleClock, ids, at(0));
    clock = nextItem(clock, ids, at(5));
    clock = nextItem(clock, ids, at(10));
    clock = nextItem(clock, ids, at(12));
    expect(clock).toMatchObject({ finished: true, runningSince: null });
    expect(currentIndex(clock, ids)).toBe(3);
    expect(elapsedMsOf(clock, 'wrap-up', at(60))).toBe(2 * 60_000);
    expect(startClock(clock, ids, at(61))).toBe(clock);
    expect(nextItem(clock, ids, at(61))).toBe(clock);
    const back = previousItem(clock, ids, at(62));
    expect(back).toMatchObject({ currentItemId: 'wrap-up', finished: false, runningSince: null });
  });

  it('counts a clock set backwards as no time, and stops counting after two days', () => {
    const running = startClock(idleClock, ids, at(10));
    expect(elapsedMsOf(running, 'welcome', at(5))).toBe(0);
    expect(pauseClock(running, at(5)).elapsedMs.welcome).toBe(0);
    expect(elapsedMsOf(running, 'welcome', at(60 * 24 * 30))).toBe(maxElapsedMs);
  });

  it('falls back to the first item when the current one was removed from the agenda', () => {
    const clock: ClockState = { ...idleClock, currentItemId: 'deleted' };
    expect(currentIndex(clock, ids)).toBe(0);
    expect(startClock(clock, ids, at(0)).currentItemId).toBe('welcome');
  });

  it('does nothing without agenda items', () => {
    expect(startClock(idleClock, [], at(0))).toBe(idleClock);
    expect(nextItem(idleClock, [], at(0))).toBe(idleClock);
  });
});

describe('countdown and overrun', () => {
  it('counts down from the planned minutes and reports the overrun once they are used up', () => {
    expect(itemTiming(15, 5 * 60_000)).toMatchObject({
      remainingMs: 10 * 60_000,
      overrunMs: 0,
      progress: 1 / 3,
    });
    expect(itemTiming(15, 18 * 60_000 + 20_000)).toMatchObject({
      remainingMs: 0,
      overrunMs: 3 * 60_000 + 20_000,
      progress: 1,
    });
  });

  it('shows a countdown that starts at the plan and never shows NaN', () => {
    expect(formatClock(15 * 60_000, 'up')).toBe('15:00');
    expect(formatClock(15 * 60_000 - 500, 'up')).toBe('15:00');
    expect(formatClock(15 * 60_000 - 1000, 'up')).toBe('14:59');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(Number.NaN)).toBe('0:00');
    expect(formatClock(-5000)).toBe('0:00');
    expect(formatSpokenDuration(200_000)).toBe('3 min 20 s');
    expect(formatSpokenDuration(45_000)).toBe('45 s');
    expect(formatSpokenDuration(120_000)).toBe('2 min');
  });

  it('reports how far the session runs behind or ahead of its plan', () => {
    const items = [
      { id: 'welcome', minutes: 10 },
      { id: 'objectives', minutes: 30 },
      { id: 'wrap-up', minutes: 10 },
    ];
    let clock = startClock(idleClock, ids, at(0));
    clock = nextItem(clock, ids, at(14)); // welcome took 4 minutes too long
    expect(scheduleDriftMs(clock, items, at(20))).toBe(4 * 60_000);
    expect(scheduleDriftMs(clock, items, at(50))).toBe(10 * 60_000); // objectives now 6 over
    const early = nextItem(startClock(idleClock, ids, at(0)), ids, at(7));
    expect(scheduleDriftMs(early, items, at(8))).toBe(-3 * 60_000);
  });
});

describe('actual minutes', () => {
  it('rounds to the nearest minute and treats under 30 seconds as skipped', () => {
    expect(actualMinutesFrom(29_999)).toBeNull();
    expect(actualMinutesFrom(30_000)).toBe(1);
    expect(actualMinutesFrom(14 * 60_000 + 29_000)).toBe(14);
    expect(actualMinutesFrom(14 * 60_000 + 30_000)).toBe(15);
    expect(actualMinutesFrom(Number.POSITIVE_INFINITY)).toBeNull();
    expect(actualMinutesFrom(maxElapsedMs)).toBe(24 * 60);
  });

  it('lists only the items whose recorded minutes change', () => {
    let clock = startClock(idleClock, ids, at(0));
    clock = nextItem(clock, ids, at(12, 10));
    const writes = actualMinutesToRecord(
      clock,
      [
        { id: 'welcome', actualMinutes: null },
        { id: 'objectives', actualMinutes: null },
        { id: 'wrap-up', actualMinutes: 7 },
      ],
      at(12, 30), // objectives has run 20 s: not yet recorded
    );
    expect(writes).toEqual([{ id: 'welcome', actualMinutes: 12 }]);
    expect(actualMinutesToRecord(clock, [{ id: 'welcome', actualMinutes: 12 }], at(13))).toEqual(
      [],
    );
  });

  it('sums recorded minutes against the plan of the timed items only', () => {
    expect(
      summarizeActuals([
        { minutes: 10, actualMinutes: 14 },
        { minutes: 30, actualMinutes: null },
        { minutes: 20, actualMinutes: 18 },
      ]),
    ).toEqual({ recorded: 2, plannedMinutes: 30, actualMinutes: 32 });
  });
});
