import type { Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from '../../tests/e2e/harness/consultant-actions';
import type { AppHarness } from '../../tests/e2e/harness/launch-app';
import { mainThreadTasks } from './main-thread-tasks';
import { installProbes, readProbes, readStore, resetProbes, type StoreWrite } from './page-probes';
import { percentile, type Measurement } from './report';

// About 200 keystrokes of what a consultant types, in words.
const purposeText =
  'Leave the room with three objectives for the first quarter that sales and marketing both ' +
  'own, each with a number, a deadline and a name beside it, so the plan survives Monday and ' +
  'the next meeting.';
const agendaTitleText =
  'Walk through the sales process stage by stage, from first call to signed contract, and ' +
  'mark where deals stall, who owns each stage and what marketing could send to move them ' +
  'along before they go cold.';

/**
 * Types a text word by word: quickly within a word, then a pause a little longer than the
 * autosave's, so saves and their re-renders keep landing while the next word is being typed.
 */
async function typeLikeAConsultant(page: Page, text: string): Promise<void> {
  for (const word of text.split(/(?<= )/)) {
    await page.keyboard.type(word, { delay: 25 });
    await page.waitForTimeout(360);
  }
}

interface FieldResult {
  latencies: number[];
  writes: StoreWrite[];
}

async function typeInto(page: Page, label: string, text: string): Promise<FieldResult> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await resetProbes(page);
  await typeLikeAConsultant(page, text);
  await field.blur();
  await expectAllSaved(page);
  const { latencies, writes } = await readProbes(page);
  const typed = await field.inputValue();
  if (typed !== text) throw new Error(`${label} shows “${typed}”, not what was typed.`);
  return { latencies, writes };
}

function fieldMeasurements(name: string, editedStore: string, result: FieldResult): Measurement[] {
  // Distinct records written: a write to any other record or store raises it above one.
  const records = new Set(result.writes.map((write) => `${write.store}/${write.key}`));
  if (result.writes.some((write) => write.store !== editedStore))
    console.warn(`${name}: wrote outside ${editedStore}:`, result.writes);
  return [
    { label: `${name}: keystrokes`, value: result.latencies.length, unit: '' },
    {
      label: `${name}: keystroke to next frame, p50`,
      value: percentile(result.latencies, 0.5),
      unit: 'ms',
    },
    {
      label: `${name}: keystroke to next frame, p95`,
      value: percentile(result.latencies, 0.95),
      unit: 'ms',
      budget: 'keystrokeP95Ms',
    },
    {
      label: `${name}: keystroke to next frame, max`,
      value: Math.max(...result.latencies),
      unit: 'ms',
    },
    { label: `${name}: writes while typing`, value: result.writes.length, unit: '' },
    {
      label: `${name}: records written`,
      value: records.size,
      unit: '',
      budget: 'recordsWrittenPerField',
    },
  ];
}

/**
 * Types a session's purpose and an agenda item's title with saving on, and checks each keystroke
 * reaches the screen within budget and rewrites only the record being edited.
 */
export async function measureTypingWithSavingOn(app: AppHarness): Promise<Measurement[]> {
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  await expectAllSaved(page);
  await installProbes(page);
  const [before] = await readStore<{ updatedAt: number }>(page, 'engagements');

  const {
    result: [purpose, agenda],
    tasks,
  } = await mainThreadTasks(page, async () => [
    await typeInto(page, 'Purpose of this session', purposeText),
    await typeInto(page, 'Agenda item 1', agendaTitleText),
  ]);

  const [after] = await readStore<{ updatedAt: number }>(page, 'engagements');
  const engagementWrites = [...purpose.writes, ...agenda.writes].filter(
    (write) => write.store === 'engagements',
  ).length;
  return [
    ...fieldMeasurements('Purpose', 'sessions', purpose),
    ...fieldMeasurements('Agenda item title', 'agendaItems', agenda),
    {
      label: 'Engagement row rewritten while typing',
      value: engagementWrites + (before?.updatedAt === after?.updatedAt ? 0 : 1),
      unit: '',
      budget: 'engagementWritesWhileTyping',
    },
    {
      label: 'Typing: longest task on the renderer’s main thread',
      value: Math.max(...tasks),
      unit: 'ms',
      budget: 'typingLongestTaskMs',
    },
  ];
}
