import { describe, expect, it } from 'vitest';
import { closesWhenRemoved, placeProjector } from '../../../main/shell/projector-placement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 7, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

describe('where the projector window opens', () => {
  it('fills the display the laptop’s window is not on', () => {
    const placement = placeProjector([laptop, projector], laptop);
    expect(placement).toMatchObject({ display: 'second', displayId: 7 });
    expect(placement.frame).toMatchObject({
      x: -1920,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      show: false,
    });
  });

  it('finds the other display whichever one the laptop’s window is on', () => {
    expect(placeProjector([laptop, projector], projector)).toMatchObject({ displayId: 1 });
  });

  it('opens as a window centred on the laptop’s display when no second display is attached', () => {
    const placement = placeProjector([laptop], laptop);
    expect(placement).toMatchObject({ display: 'same', displayId: 1 });
    expect(placement.frame).toMatchObject({
      x: 80,
      y: 50,
      width: 1280,
      height: 800,
      fullscreen: false,
    });
  });

  it('never opens larger than a small laptop screen', () => {
    const small = { id: 3, bounds: { x: 0, y: 0, width: 1024, height: 640 } };
    expect(placeProjector([small], small).frame).toMatchObject({
      x: 0,
      y: 0,
      width: 1024,
      height: 640,
    });
  });
});

describe('a display unplugged mid-session', () => {
  it('closes the projector window when its display goes, and only then', () => {
    expect(closesWhenRemoved(7, 7)).toBe(true);
    expect(closesWhenRemoved(7, 1)).toBe(false);
  });
});
