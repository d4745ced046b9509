import type { EngagementTemplate } from '../../../shared/templates/engagement-template';
import { templateFormat, templateVersion } from '../../../shared/templates/engagement-template';

export const newProductLaunch: EngagementTemplate = {
  format: templateFormat,
  version: templateVersion,
  name: 'New product launch',
  description:
    'A half-day launch plan: launch objectives, the journey from teaser to first customer stories, a campaign per phase.',
  session: { title: 'Launch planning session', lengthMinutes: 240 },
  agenda: [
    { title: 'Welcome, purpose and ground rules', minutes: 10 },
    { title: 'The product, and who it is for', minutes: 30 },
    { title: 'The market and competitors at launch', minutes: 30 },
    { title: 'Launch objectives: from wishes to numbers', minutes: 40 },
    { title: 'Break', minutes: 15 },
    { title: 'The launch journey, phase by phase', minutes: 45 },
    { title: 'Launch campaigns and timeline', minutes: 40 },
    { title: 'Owners and next steps', minutes: 20 },
  ],
  journeyPhases: [
    {
      name: 'Awareness',
      customerGoal: 'Hear that something new is coming',
      questions: 'What is it? Is it for someone like me?',
      kpi: 'People reached before launch',
    },
    {
      name: 'Interest',
      customerGoal: 'Understand what the product does for them',
      questions: 'What problem does it solve? What does it cost?',
      kpi: 'Waiting-list sign-ups',
    },
    {
      name: 'Trial',
      customerGoal: 'Try it without risk',
      questions: 'How long does it take to see a result?',
      kpi: 'Trials started',
    },
    {
      name: 'Purchase',
      customerGoal: 'Buy with confidence',
      questions: 'Is the launch price worth it? What if it does not work for us?',
      kpi: 'First customers',
    },
    {
      name: 'Onboarding',
      customerGoal: 'Get value in the first weeks',
      questions: 'Who helps us get started?',
      kpi: 'Customers active after 30 days',
    },
    {
      name: 'Advocacy',
      customerGoal: 'Tell others about it',
      questions: 'What do I get for recommending it?',
      kpi: 'Reviews and referrals',
    },
  ],
  // Left as a client first says them: the SMART check shows the room what is still missing.
  objectives: [
    { statement: 'Make a splash with the launch.', metric: '', direction: 'increase', unit: '' },
    {
      statement: 'Win our first customers quickly.',
      metric: 'New customers in the first 90 days',
      direction: 'increase',
      unit: 'customers',
    },
    { statement: 'Get the press talking about us.', metric: '', direction: 'increase', unit: '' },
  ],
  campaigns: [
    {
      name: 'Teaser and waiting list',
      type: 'awareness',
      phase: 'Awareness',
      goal: '',
      kpi: 'Waiting-list sign-ups',
      channels: 'Social media, e-mail, PR',
    },
    {
      name: 'Launch event',
      type: 'lead-generation',
      phase: 'Interest',
      goal: '',
      kpi: 'Attendees from the target segment',
      channels: 'Events, webinar',
    },
    {
      name: 'Risk-free trial',
      type: 'nurture',
      phase: 'Trial',
      goal: '',
      kpi: 'Trials started',
      channels: 'Website, e-mail',
    },
    {
      name: 'Launch offer',
      type: 'conversion',
      phase: 'Purchase',
      goal: '',
      kpi: 'Orders at the launch price',
      channels: 'Sales call, website',
    },
    {
      name: 'First customer stories',
      type: 'retention',
      phase: 'Advocacy',
      goal: '',
      kpi: 'Published stories',
      channels: 'Website, social media',
    },
  ],
};
