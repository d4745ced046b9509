import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId } from './engagement';
import { at, inOrder, sampleId, stamps } from './sample-ids';

const written = stamps('2026-09-15T12:10', '2026-09-15T12:40');

export const personaIds = {
  operations: sampleId('persona:operations'),
  quality: sampleId('persona:quality'),
  finance: sampleId('persona:finance'),
} as const;

/** The three people who decide at a mid-size distributor. */
export const personas: RowOf<'personas'>[] = inOrder([
  {
    id: personaIds.operations,
    engagementId,
    name: 'Olav, the operations director',
    role: 'Operations Director at a regional distributor with 60 refrigerated vehicles',
    goals:
      'No spoiled loads, no surprises at an audit, and drivers who are not slowed down by paperwork.',
    mindset:
      'Pragmatic and short of time. Trusts what other distributors use. Has been burned once by a gadget nobody used after the first month.',
    ...written,
  },
  {
    id: personaIds.quality,
    engagementId,
    name: 'Marit, the quality manager',
    role: 'Quality & Food Safety Manager',
    goals:
      'Pass every audit with complete records, and hear about a temperature excursion before the customer does.',
    mindset:
      'Thorough and careful. Spends two days before each audit collecting paper logs. Our champion inside the account, if we make her look good.',
    ...written,
  },
  {
    id: personaIds.finance,
    engagementId,
    name: 'Sunita, the finance lead',
    role: 'CFO of a family-owned distributor',
    goals: 'A clear payback within a year, and no subscription that grows without asking.',
    mindset:
      'Sceptical of software pricing. Joins late in the sales process, but can stop a deal at the last step.',
    ...written,
  },
]);

export const objections: RowOf<'objections'>[] = inOrder(
  (
    [
      [
        'Our paper logs pass the audit today.',
        'Today, yes. The 2027 audit schemes ask for continuous digital records. FrostLink keeps them with no extra work, and makes the auditor’s report in one click.',
        'often',
        'consideration',
      ],
      [
        'Installing sensors will disrupt the warehouse and the fleet.',
        'Installation takes one day per site, outside loading hours, by our own technicians. Every pilot customer in FY26 was live by the afternoon.',
        'often',
        'evaluation',
      ],
      [
        'Another subscription we will have to justify every year.',
        'Spoilage avoided and energy saved paid the subscription back in nine months on average in FY26. The CFO brief shows the three-year numbers.',
        'sometimes',
        'conversion',
      ],
      [
        'What happens when the Wi-Fi or the mobile network is down?',
        'Sensors keep 30 days of readings and send them when the connection returns: nothing is lost.',
        'sometimes',
        'evaluation',
      ],
      [
        'You are a pharma company.',
        'Pharma is where we learned to be precise. Four in ten of our customers are food distributors today.',
        'rarely',
        'awareness',
      ],
    ] as const
  ).map(([objection, answer, frequency, phase]) => ({
    id: sampleId(`objection:${objection}`),
    engagementId,
    objection,
    answer,
    frequency,
    // journey.ts builds phase ids the same way; it imports this file, so the id is spelled here.
    phaseId: sampleId(`phase:${phase}`),
    ...written,
  })),
);

export const perceptions: RowOf<'perceptions'>[] = inOrder(
  (
    [
      [
        'Halvorsen is built for pharma, not for food.',
        'false',
        'Lead with food distributors’ cases and food-safety language on the website and in the sales material.',
      ],
      [
        'Halvorsen is expensive.',
        'partly',
        'A sensor costs more; three years of monitoring cost less. Show the three-year comparison, never the sensor price alone.',
      ],
      [
        'Support only speaks Norwegian, in office hours.',
        'true',
        '24/7 support in English from Q1 2027; Japanese support scoped with the Tokyo office.',
      ],
      [
        'Their sensors are the most accurate on the market.',
        'true',
        'Keep saying it, with the calibration certificate attached.',
      ],
    ] as const
  ).map(([perception, verdict, response]) => ({
    id: sampleId(`perception:${perception}`),
    engagementId,
    perception,
    verdict,
    response,
    ...written,
  })),
);

/** The hand-off agreed in the workshop: when a lead is ready for sales, and what comes back. */
export const salesHandoffs: RowOf<'salesHandoffs'>[] = [
  {
    engagementId,
    readinessCriteria: [
      'A distributor with 20 or more refrigerated vehicles or two cold stores',
      'Has downloaded the benchmark report or attended a webinar',
      'Someone in operations or quality has asked about audits, pilots or prices',
    ].join('\n'),
    mqlDefinition:
      'A target account that meets the first criterion and has engaged twice with our content in 30 days.',
    sqlDefinition:
      'An MQL whose operations director or quality manager has agreed to a call about a pilot, with an audit or a renewal date in the next 12 months.',
    followUpBy: 'Inside sales (Kwame Mensah’s team)',
    followUpWithin: 24,
    followUpUnit: 'hours',
    salesReportsBack:
      'Every Friday: leads accepted and rejected with the reason, pilots booked, and the objections heard that week, in the shared pipeline review.',
    updatedAt: at('2026-10-20T15:40'),
  },
];
