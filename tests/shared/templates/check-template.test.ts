import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../shared/templates/check-template';
import { brandRefresh } from '../../../samples/source/templates/brand-refresh';
import { leadGeneration } from '../../../samples/source/templates/lead-generation';
import { newProductLaunch } from '../../../samples/source/templates/new-product-launch';
import { templateJson } from './template-fixture';

const problemsOf = (input: unknown) => {
  const checked = checkTemplate(input);
  if (checked.ok) throw new Error('The template was accepted.');
  return checked.problems;
};

describe('checking a template', () => {
  it.each([newProductLaunch, leadGeneration, brandRefresh].map((t) => [t.name, t]))(
    'accepts the shipped template “%s”',
    (_name, template) => expect(checkTemplate(template)).toEqual({ ok: true, template }),
  );

  it('refuses a template whose journey has more phases than a map can hold', () => {
    const template = templateJson();
    template.journeyPhases = Array.from({ length: 25 }, (_, index) => ({
      name: `Phase ${index + 1}`,
      customerGoal: '',
      questions: '',
      kpi: '',
    }));
    expect(problemsOf(template)).toEqual([
      'A template can have at most 20 journey phases; this one has 25.',
    ]);
  });

  it('says which phase, objective or agenda item is wrong, numbered as a person counts', () => {
    const template = templateJson();
    template.journeyPhases[2] = { ...template.journeyPhases[2]!, name: 'x'.repeat(201) };
    template.agenda[0] = { ...template.agenda[0]!, minutes: 0 };
    expect(problemsOf(template)).toEqual([
      'agenda item 1, minutes: An agenda item needs at least 1 minute.',
      'journey phase 3, name: A phase name can be at most 200 characters.',
      'campaign 3, phase: “Trial” is not one of the template’s journey phases.',
    ]);
  });

  it('refuses campaigns tied to no phase of the template, and phases named twice', () => {
    const template = templateJson();
    template.journeyPhases[1] = { ...template.journeyPhases[1]!, name: 'awareness' };
    expect(problemsOf(template)).toEqual([
      'journey phase 2, name: “awareness” is the name of another phase too; each phase needs its own.',
      'campaign 2, phase: “Interest” is not one of the template’s journey phases.',
    ]);
  });

  it('refuses an agenda longer than its session', () => {
    const template = templateJson();
    template.session.lengthMinutes = 60;
    expect(problemsOf(template)).toEqual([
      'The agenda takes 230 minutes, more than the session’s 60.',
    ]);
  });

  it('refuses fields a template does not have, and files that are not templates', () => {
    expect(problemsOf({ ...templateJson(), colour: 'blue' })).toEqual([
      '“colour” is not a field a template can have.',
    ]);
    expect(problemsOf([])).toEqual(['This is not a Session Studio template.']);
    expect(problemsOf({ ...templateJson(), format: 'session-studio-engagement' })[0]).toBe(
      'format: This is not a Session Studio template (it does not say “format”: “session-studio-template”).',
    );
  });
});
