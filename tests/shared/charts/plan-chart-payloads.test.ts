import { describe, expect, it } from 'vitest';
import { planChartPayloads } from '../../../shared/charts/plan-chart-payloads';
import type { EmotionCurveData } from '../../../shared/charts/chart-data';
import { acmeRecords } from '../documents/fixtures/engagement-records';

describe('the plan’s charts for a document', () => {
  it('draws no curve, and names in no legend, a persona with no emotion scores', () => {
    const records = acmeRecords();
    const [maya] = records.personas;
    if (!maya) throw new Error('The fixture lost its persona.');
    const unscored = { ...maya, id: 'persona-unscored', name: 'Olu (buyer)' };
    const charts = planChartPayloads({
      ...records,
      personas: [maya, unscored],
      emotionScores: records.emotionScores.filter((row) => row.personaId !== unscored.id),
    });
    const curve = charts.find((chart) => chart.kind === 'emotion-curve')?.data as
      EmotionCurveData | undefined;
    const names = curve?.personas.map((line) => line.name) ?? [];
    expect(names).toContain('Typical customer');
    expect(names).not.toContain('Olu (buyer)');
  });
});
