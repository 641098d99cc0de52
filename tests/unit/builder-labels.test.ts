import { describe, expect, it } from 'vitest';

import { fieldMap, fieldsOf, rangeOf } from '@/lib/builder/fields';
import { createUiI18n, optionKey, paramLabelKey, sectionKey } from '@/lib/builder/ui-i18n';
import { describeSections } from '@/lib/spec/describe';

const sections = describeSections();
const i18n = createUiI18n('en');

describe('form generated from the registry', () => {
  it('builds controls of the right kind, with the schema’s limits', () => {
    const heat = fieldMap(sections)['heat-cold'];
    expect(heat.find((field) => field.name === 'heatMinutes')).toEqual({
      kind: 'number',
      name: 'heatMinutes',
      min: 10,
      max: 20,
    });
    expect(heat.find((field) => field.name === 'mode')?.kind).toBe('choice');
    expect(heat.find((field) => field.name === 'heatTypes')).toMatchObject({ kind: 'choices', minItems: 1 });
    expect(heat.find((field) => field.name === 'coldMaxPerDay')).toMatchObject({
      kind: 'number',
      min: 2,
      max: 8,
    });
    expect(fieldMap(sections).hydration.find((field) => field.name === 'fluidLimit')?.kind).toBe('toggle');
    const legLift = fieldMap(sections)['leg-lift'].find((field) => field.name === 'liftHeight');
    expect(legLift?.kind === 'number' && rangeOf(legLift, 'metric')).toEqual({ min: 5, max: 30 });
  });

  it('has an English label for every section, parameter and option', () => {
    const missing: string[] = [];
    const need = (key: string) => {
      if (!i18n.exists(key, { ns: 'ui' })) missing.push(key);
    };
    for (const section of sections) {
      need(sectionKey(section.id, 'title'));
      need(sectionKey(section.id, 'description'));
      for (const field of fieldsOf(section)) {
        need(paramLabelKey(section.id, field.name));
        if (field.kind === 'choice' || field.kind === 'choices') {
          for (const option of field.options) need(optionKey(section.id, field.name, option));
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
