import type { DrawnChart } from '../../../main/documents/chart-figure';
import type { PlanCharts } from '../../../main/documents/plan-charts';
import { chartKinds, chartNames } from '../../../shared/charts/chart-kinds';

// A 1×1 white PNG: enough for the document's structure; real drawing is tested where charts are.
const onePixelPng = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  ),
  (character) => character.charCodeAt(0),
);

/** A drawn chart of the given size, with a summary that names it. */
export function drawnChartStandIn(name: string, width = 720, height = 360): DrawnChart {
  return {
    name,
    summary: `${name} summary, said in words.`,
    image: {
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"></svg>`,
      png: onePixelPng,
      width,
      height,
    },
  };
}

/** Every chart of the plan, drawn as stand-ins. */
export function allChartStandIns(): PlanCharts {
  return Object.fromEntries(
    chartKinds.map((kind) => {
      const chart = drawnChartStandIn(chartNames[kind], 960, 420);
      return [kind, kind === 'campaign-timeline' ? [chart] : chart];
    }),
  ) as PlanCharts;
}
