import type { CampaignStatus, CampaignType } from '../../shared/domain/campaign';
import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId } from './engagement';
import { phaseId } from './journey';
import { objectiveId } from './objectives';
import { nameOf, type PersonKey } from './people';
import { at, inOrder, sampleId, stamps } from './sample-ids';

/**
 * 60 new customers by the end of 2027 (€1.44 million of new revenue at €24,000 a customer),
 * counted at conversion, worked backwards with a 10 % buffer through rates a little better than
 * FY26's in the expected scenario.
 */
export const plans: RowOf<'plans'>[] = [
  {
    engagementId,
    goalMetric: 'new distributor customers',
    goalTarget: 60,
    goalDeadline: '2027-12-31',
    goalPhaseId: phaseId('conversion'),
    revenueTarget: 1_440_000,
    averageDealSize: 24_000,
    currency: 'EUR',
    bufferPercent: 10,
    rates: {
      [phaseId('awareness')]: { cautious: 10, expected: 12, ambitious: 15 },
      [phaseId('consideration')]: { cautious: 18, expected: 22, ambitious: 28 },
      [phaseId('evaluation')]: { cautious: 35, expected: 42, ambitious: 50 },
    },
    updatedAt: at('2026-10-27T15:05'),
  },
];

interface SampleCampaign {
  key: string;
  name: string;
  type: CampaignType;
  phase: string;
  objective: string;
  goal: string;
  kpi: string;
  target: number;
  channels: string;
  content: string;
  landingPage: string;
  startDate: string;
  endDate: string;
  budget: number;
  owner: PersonKey;
  status: CampaignStatus;
}

const campaigns: SampleCampaign[] = [
  {
    key: 'cold-truth',
    type: 'awareness',
    name: 'The Cold Truth report',
    phase: 'awareness',
    objective: 'experts',
    goal: 'Put the cost of a broken cold chain in front of 3,000 target accounts.',
    kpi: 'Report downloads from target accounts',
    target: 900,
    channels: 'Trade press, LinkedIn, the fair',
    content:
      'A survey of 120 distributors: temperature excursions, spoiled stock and audit findings, with a one-page summary for operations directors.',
    landingPage: 'halvorsen.example/cold-truth',
    startDate: '2027-02-09',
    endDate: '2027-05-31',
    budget: 38_000,
    owner: 'priya',
    status: 'planned',
  },
  {
    key: 'fair',
    type: 'lead-generation',
    name: 'Nordic Food Logistics fair',
    phase: 'awareness',
    objective: 'customers',
    goal: '200 qualified conversations at the stand in three days.',
    kpi: 'Qualified leads scanned at the stand',
    target: 200,
    channels: 'Events, e-mail invitations, LinkedIn',
    content: 'The demo truck, the launch of the benchmark report, a customer on stage.',
    landingPage: 'halvorsen.example/fair',
    startDate: '2027-02-09',
    endDate: '2027-02-11',
    budget: 55_000,
    owner: 'hanako',
    status: 'planned',
  },
  {
    key: 'webinars',
    type: 'nurture',
    name: 'Audit-ready in 2027 webinars',
    phase: 'consideration',
    objective: 'experts',
    goal: 'Turn report readers into engaged accounts.',
    kpi: 'Webinar attendees from target accounts',
    target: 480,
    channels: 'Webinar, e-mail, LinkedIn',
    content:
      'Four webinars with an independent food-safety auditor; the replay and an audit checklist afterwards.',
    landingPage: 'halvorsen.example/audit-ready',
    startDate: '2027-03-02',
    endDate: '2027-06-29',
    budget: 12_000,
    owner: 'siobhan',
    status: 'planned',
  },
  {
    key: 'pilot-in-a-day',
    type: 'conversion',
    name: 'Pilot in a day',
    phase: 'evaluation',
    objective: 'sales-cycle',
    goal: 'Start 80 pilots by the end of June, each live within a week of the pilot agreement.',
    kpi: 'Pilots started',
    target: 80,
    channels: 'Sales call, website, e-mail',
    content:
      'The pilot kit, an online booking of the installation day, and a weekly check-in with the quality manager.',
    landingPage: 'halvorsen.example/pilot',
    startDate: '2026-11-16',
    endDate: '2027-06-30',
    budget: 64_000,
    owner: 'mateo',
    status: 'running',
  },
  {
    key: 'cfo-brief',
    type: 'conversion',
    name: 'The CFO brief',
    phase: 'conversion',
    objective: 'customers',
    goal: 'Give every finance lead a payback case before the proposal.',
    kpi: 'Proposals sent with a CFO brief',
    target: 120,
    channels: 'Sales material, website',
    content:
      'A three-year cost comparison, a payback calculator, and the energy savings measured at pilot customers.',
    landingPage: 'halvorsen.example/payback',
    startDate: '2027-01-18',
    endDate: '2027-12-17',
    budget: 9_500,
    owner: 'layla',
    status: 'planned',
  },
  {
    key: 'live-in-30-days',
    type: 'retention',
    name: 'Live in 30 days',
    phase: 'onboarding',
    objective: 'nps',
    goal: 'Every new customer live on all sites within 30 days of signature.',
    kpi: 'Share of new customers live within 30 days (%)',
    target: 90,
    channels: 'E-mail, training, customer support',
    content:
      'A welcome series, installation planning at signature, and a training film for shift leads.',
    landingPage: '',
    startDate: '2027-01-04',
    endDate: '2027-12-31',
    budget: 18_000,
    owner: 'kwame',
    status: 'planned',
  },
  {
    key: 'referrals',
    type: 'retention',
    name: 'Refer a distributor',
    phase: 'advocacy',
    objective: 'nps',
    goal: '20 referred distributors who start a pilot.',
    kpi: 'Pilots started from referrals',
    target: 20,
    channels: 'Referral, e-mail, customer events',
    content:
      'One year of a vehicle licence for each referred distributor who signs; customer speaker slots at events.',
    landingPage: 'halvorsen.example/refer',
    startDate: '2027-05-03',
    endDate: '2027-12-31',
    budget: 24_000,
    owner: 'layla',
    status: 'planned',
  },
];

export const campaignId = (key: string) => sampleId(`campaign:${key}`);

export function campaignName(key: string): string {
  const found = campaigns.find((campaign) => campaign.key === key);
  if (!found) throw new Error(`No campaign ${key} in the sample.`);
  return found.name;
}

export const campaignRows: RowOf<'campaigns'>[] = inOrder(
  campaigns.map(({ key, phase, objective, owner, ...campaign }) => ({
    id: campaignId(key),
    engagementId,
    phaseId: phaseId(phase),
    objectiveId: objectiveId(objective),
    ...campaign,
    budgetCurrency: 'EUR',
    owner: nameOf(owner),
    ...stamps('2026-10-27T15:10', '2026-10-28T10:20'),
  })),
);
