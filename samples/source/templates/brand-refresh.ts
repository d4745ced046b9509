import type { EngagementTemplate } from '../../../shared/templates/engagement-template';
import { templateFormat, templateVersion } from '../../../shared/templates/engagement-template';

export const brandRefresh: EngagementTemplate = {
  format: templateFormat,
  version: templateVersion,
  name: 'Brand refresh',
  description:
    'How the brand sees itself against how prospects see it, a sharper positioning and tone, campaigns on every channel.',
  session: { title: 'Brand refresh session', lengthMinutes: 210 },
  agenda: [
    { title: 'Welcome and purpose', minutes: 10 },
    { title: 'How we see ourselves, how prospects see us', minutes: 40 },
    { title: 'Strengths, weaknesses, opportunities, threats', minutes: 35 },
    { title: 'Break', minutes: 15 },
    { title: 'Positioning statement', minutes: 30 },
    { title: 'Brand personality and tone of voice per channel', minutes: 40 },
    { title: 'Refresh objectives and campaigns', minutes: 25 },
    { title: 'Owners and next steps', minutes: 15 },
  ],
  journeyPhases: [
    {
      name: 'Awareness',
      customerGoal: 'Notice the brand',
      questions: 'Who are they? What do they stand for?',
      kpi: 'Unprompted brand awareness in the target segment',
    },
    {
      name: 'Consideration',
      customerGoal: 'See the brand as a serious option',
      questions: 'Are they right for someone like me?',
      kpi: 'Share of shortlists',
    },
    {
      name: 'Conversion',
      customerGoal: 'Choose the brand with confidence',
      questions: 'Will they keep their promise?',
      kpi: 'Win rate',
    },
    {
      name: 'Onboarding',
      customerGoal: 'Find the brand as it promised',
      questions: 'Is this what we were told?',
      kpi: 'Satisfaction in the first 90 days',
    },
    {
      name: 'Advocacy',
      customerGoal: 'Be proud to be associated with it',
      questions: 'Would I recommend them?',
      kpi: 'Net Promoter Score',
    },
  ],
  // Left as a client first says them: the SMART check shows the room what is still missing.
  objectives: [
    { statement: 'Refresh the brand.', metric: '', direction: 'increase', unit: '' },
    {
      statement: 'Be known for what we are best at.',
      metric: 'Unprompted awareness in the target segment',
      direction: 'increase',
      unit: '%',
    },
    {
      statement: 'Sound like one company on every channel.',
      metric: '',
      direction: 'increase',
      unit: '',
    },
  ],
  campaigns: [
    {
      name: 'Brand story relaunch',
      type: 'awareness',
      phase: 'Awareness',
      goal: '',
      kpi: 'Reach in the target segment',
      channels: 'PR, social media, advertising',
    },
    {
      name: 'Website refresh',
      type: 'awareness',
      phase: 'Consideration',
      goal: '',
      kpi: 'Visitors who reach a contact page',
      channels: 'Website, search',
    },
    {
      name: 'Sales material refresh',
      type: 'conversion',
      phase: 'Conversion',
      goal: '',
      kpi: 'Proposals sent with the new material',
      channels: 'Sales material',
    },
    {
      name: 'Internal launch',
      type: 'retention',
      phase: 'Onboarding',
      goal: '',
      kpi: 'Staff who completed the brand training',
      channels: 'E-mail, events',
    },
  ],
};
