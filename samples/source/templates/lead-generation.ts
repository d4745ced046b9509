import type { EngagementTemplate } from '../../../shared/templates/engagement-template';
import { templateFormat, templateVersion } from '../../../shared/templates/engagement-template';

export const leadGeneration: EngagementTemplate = {
  format: templateFormat,
  version: templateVersion,
  name: 'Lead generation',
  description:
    'Marketing and sales agree what a good lead is, map the way to an opportunity and plan the campaigns that fill it.',
  session: { title: 'Lead generation workshop', lengthMinutes: 180 },
  agenda: [
    { title: 'Welcome and purpose', minutes: 10 },
    { title: 'Today’s funnel: the numbers from marketing and sales', minutes: 30 },
    { title: 'What is a good lead? One definition for both teams', minutes: 30 },
    { title: 'Lead objectives', minutes: 25 },
    { title: 'Break', minutes: 10 },
    { title: 'The buyer’s journey to a sales conversation', minutes: 30 },
    { title: 'Campaigns that fill the funnel', minutes: 30 },
    { title: 'Hand-over rules and next steps', minutes: 15 },
  ],
  journeyPhases: [
    {
      name: 'Awareness',
      customerGoal: 'Make sense of a problem',
      questions: 'Is this problem worth solving now?',
      kpi: 'Website visitors from target accounts',
    },
    {
      name: 'Engagement',
      customerGoal: 'Learn how others solve it',
      questions: 'What are the options? What does good look like?',
      kpi: 'Content downloads and webinar sign-ups',
    },
    {
      name: 'Marketing-qualified lead',
      customerGoal: 'Compare approaches in earnest',
      questions: 'Can this work for us? What would it take?',
      kpi: 'Marketing-qualified leads',
    },
    {
      name: 'Sales-qualified lead',
      customerGoal: 'Talk to someone who understands our situation',
      questions: 'Who should we talk to? How long will it take?',
      kpi: 'Leads accepted by sales',
    },
    {
      name: 'Opportunity',
      customerGoal: 'Get a proposal we can take to the decision-makers',
      questions: 'What does it cost? Who else uses it?',
      kpi: 'Opportunities opened',
    },
    {
      name: 'Customer',
      customerGoal: 'Decide and start',
      questions: 'How do we get started?',
      kpi: 'New customers',
    },
  ],
  // Left as a client first says them: the SMART check shows the room what is still missing.
  objectives: [
    { statement: 'More leads.', metric: '', direction: 'increase', unit: '' },
    {
      statement: 'Better leads for sales.',
      metric: 'Share of leads accepted by sales',
      direction: 'increase',
      unit: '%',
    },
    {
      statement: 'Shorter time from lead to first call.',
      metric: '',
      direction: 'decrease',
      unit: '',
    },
  ],
  campaigns: [
    {
      name: 'Guide to the problem',
      type: 'lead-generation',
      phase: 'Engagement',
      goal: '',
      kpi: 'Downloads from target accounts',
      channels: 'Website, search, social media',
    },
    {
      name: 'Webinar with a customer',
      type: 'lead-generation',
      phase: 'Engagement',
      goal: '',
      kpi: 'Attendees',
      channels: 'Webinar, e-mail',
    },
    {
      name: 'Nurture e-mail series',
      type: 'nurture',
      phase: 'Marketing-qualified lead',
      goal: '',
      kpi: 'Leads that reach the qualification score',
      channels: 'E-mail',
    },
    {
      name: 'Sales follow-up sprint',
      type: 'conversion',
      phase: 'Sales-qualified lead',
      goal: '',
      kpi: 'Leads called within two working days',
      channels: 'Sales call',
    },
  ],
};
