import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId } from './engagement';
import { inOrder, sampleId, stamps } from './sample-ids';

const written = stamps('2026-09-15T10:05', '2026-09-15T10:58');

/** The sales process as Halvorsen's CRM shows it for FY26: about 5 % of enquiries sign. */
export const salesStages: RowOf<'salesStages'>[] = inOrder(
  (
    [
      [
        'Enquiry or event lead',
        'Marketing qualifies the lead: fleet size, cold-storage sites and how temperatures are logged today.',
        3,
        'days',
        45,
      ],
      [
        'Discovery call',
        'A sales engineer maps the sites, vehicles and audit calendar, and finds the quality manager.',
        2,
        'weeks',
        55,
      ],
      [
        'Site survey',
        'One warehouse visited: Wi-Fi coverage, sensor placement, number of gateways.',
        3,
        'weeks',
        70,
      ],
      [
        '30-day pilot',
        'Ten sensors in one warehouse and two vehicles; a weekly check-in with the quality manager.',
        6,
        'weeks',
        35,
      ],
      [
        'Proposal and negotiation',
        'A three-year proposal; the finance lead joins; a reference call is offered.',
        4,
        'weeks',
        80,
      ],
    ] as const
  ).map(([name, activities, duration, durationUnit, conversionRate]) => ({
    id: sampleId(`sales-stage:${name}`),
    engagementId,
    name,
    activities,
    duration,
    durationUnit,
    conversionRate,
    ...written,
  })),
);

export const competitors: RowOf<'competitors'>[] = inOrder([
  {
    id: sampleId('competitor:paper'),
    engagementId,
    name: 'Paper logs and spreadsheets',
    positioning: 'Free, familiar, and still accepted by most auditors today.',
    strengths: 'No cost, nothing to install, every driver and warehouse worker already knows it.',
    weaknesses:
      'Gaps at night and at weekends; no alarm when a freezer fails; two days of audit preparation; excursions found too late to save the stock.',
    threat: 'high',
    ...written,
  },
  {
    id: sampleId('competitor:coldsense'),
    engagementId,
    name: 'ColdSense',
    positioning: 'The cheapest wireless sensors, sold online.',
    strengths: 'About 40 % cheaper per sensor; installs itself; a free app.',
    weaknesses:
      'No vehicle units; alerts by e-mail only; no audit reports; support by ticket, in English only.',
    threat: 'medium',
    ...written,
  },
  {
    id: sampleId('competitor:temptrack'),
    engagementId,
    name: 'TempTrack Pro',
    positioning: 'The enterprise cold-chain suite of the national grocery chains.',
    strengths: 'Deep ERP integrations; famous reference customers; a large partner network.',
    weaknesses:
      'Six-month roll-outs; priced for fleets of 500 vehicles and more; a mid-size distributor is a small account to them.',
    threat: 'low',
    ...written,
  },
]);

export const industryTrends: RowOf<'industryTrends'>[] = inOrder([
  {
    id: sampleId('trend:digital-records'),
    engagementId,
    trend: 'Food-safety audit schemes move to continuous digital temperature records',
    impact: 'positive',
    horizon: '1-2-years',
    horizonYears: null,
    implication:
      'Paper logs stop being enough: the status quo, our strongest competitor, loses its main argument. Be the easiest way to become audit-ready.',
    ...written,
  },
  {
    id: sampleId('trend:energy'),
    engagementId,
    trend: 'High energy prices make distributors tighten their refrigeration',
    impact: 'positive',
    horizon: 'now',
    horizonYears: null,
    implication:
      'Readings that show where cold is wasted pay for the sensors in energy: a second payback story for the finance lead.',
    ...written,
  },
  {
    id: sampleId('trend:consolidation'),
    engagementId,
    trend: 'Regional distributors are bought by national groups',
    impact: 'negative',
    horizon: 'years',
    horizonYears: 6,
    implication:
      'Fewer, larger buyers, who bring an enterprise suite after an acquisition. Win distributors before they are bought, and make Halvorsen easy to keep.',
    ...written,
  },
  {
    id: sampleId('trend:staff'),
    engagementId,
    trend: 'Drivers and warehouse staff are hard to find',
    impact: 'negative',
    horizon: 'now',
    horizonYears: null,
    implication:
      'Any tool that adds manual work is refused. Installation, alarms and reports must need no extra staff.',
    ...written,
  },
]);
