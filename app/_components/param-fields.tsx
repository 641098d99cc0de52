'use client';

import { useTranslation } from 'react-i18next';

import { hiddenBy, type TApplyRule } from '@/lib/builder/applies';
import { rangeOf, type TField } from '@/lib/builder/fields';
import type { TParamValues } from '@/lib/builder/form-state';
import { numberFromInput, type TBuilderAction } from '@/lib/builder/reducer';
import { paramKey } from '@/lib/builder/spec';
import { optionKey, paramLabelKey } from '@/lib/builder/ui-i18n';
import type { TSectionId, TUnits } from '@/lib/spec/ids';

import { Checkbox, CheckboxGroup, fieldId, RadioGroup, TextField } from './field-controls';
import { hasThumbnail, PositionThumbnail, ThumbnailSpacer } from './position-thumbnail';

interface ParamFieldsProps {
  id: TSectionId;
  fields: TField[];
  values: TParamValues;
  units: TUnits;
  accent: string;
  errors: ReadonlyMap<string, string>;
  dispatch: (action: TBuilderAction) => void;
}

const asText = (value: unknown) =>
  typeof value === 'number' || typeof value === 'string' ? String(value) : '';
const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** Says which fields are hidden and why: one sentence per reason, naming the choice that hides them. */
function HiddenFields({ id, hidden }: { id: TSectionId; hidden: [TField, TApplyRule][] }) {
  const { t } = useTranslation('ui');
  const byReason = new Map<string, { rule: TApplyRule; labels: string[] }>();
  for (const [field, rule] of hidden) {
    const key = `${rule.kind}:${rule.name}:${rule.value}`;
    const group = byReason.get(key) ?? { rule, labels: [] };
    group.labels.push(t(paramLabelKey(id, field.name)));
    byReason.set(key, group);
  }
  return [...byReason].map(([key, { rule, labels }]) => (
    <p key={key} className="hint not-applicable">
      {t(rule.kind === 'unless' ? 'fields.hiddenWith' : 'fields.hiddenOnlyWith', {
        choice: t(optionKey(id, rule.name, rule.value)),
        fields: labels.join(', '),
      })}
    </p>
  ));
}

/**
 * One section's controls, generated from its parameter schema; labels come from ui.json. A field the
 * current choices make pointless (lib/builder/applies.ts) is hidden, and the form says why.
 */
export function ParamFields({ id, fields, values, units, accent, errors, dispatch }: ParamFieldsProps) {
  const { t } = useTranslation('ui');
  const set = (name: string, value: unknown) => dispatch({ type: 'param', id, name, value });
  const hidden = fields.flatMap((field): [TField, TApplyRule][] => {
    const rule = hiddenBy(id, field.name, values);
    return rule ? [[field, rule]] : [];
  });
  const shown = fields.filter((field) => !hidden.some(([other]) => other === field));
  const controls = shown.map((field) => {
    const key = paramKey(id, field.name);
    const common = { id: fieldId(key), label: t(paramLabelKey(id, field.name)), error: errors.get(key) };
    const value = values[field.name];
    switch (field.kind) {
      case 'number': {
        const range = rangeOf(field, units);
        const unit = field.unitLimits ? t(units === 'imperial' ? 'fields.in' : 'fields.cm') : undefined;
        const label = unit
          ? t('fields.rangeUnit', { label: common.label, ...range, unit })
          : t('fields.range', { label: common.label, ...range });
        return (
          <TextField
            key={key}
            {...common}
            className="number"
            label={label}
            type="number"
            min={range.min}
            max={range.max}
            value={asText(value)}
            // Whatever the engine says, the message for a number field names its limits in the UI language.
            error={common.error ? t('errors.range', range) : undefined}
            onChange={(raw) => set(field.name, numberFromInput(raw))}
          />
        );
      }
      case 'choice':
      case 'choices': {
        const hasDrawings = field.options.some(hasThumbnail);
        const options = field.options.map((option) => ({
          value: option,
          label: t(optionKey(id, field.name, option)),
          adornment: !hasDrawings ? null : hasThumbnail(option) ? (
            <PositionThumbnail value={option} accent={accent} />
          ) : (
            <ThumbnailSpacer />
          ),
        }));
        return field.kind === 'choice' ? (
          <RadioGroup
            key={key}
            {...common}
            options={options}
            value={asText(value)}
            onChange={(v) => set(field.name, v)}
          />
        ) : (
          <CheckboxGroup
            key={key}
            {...common}
            error={common.error ? t('errors.chooseOne') : undefined}
            options={options}
            value={asList(value)}
            onChange={(v) => set(field.name, v)}
          />
        );
      }
      case 'toggle':
        return (
          <Checkbox key={key} {...common} checked={value === true} onChange={(v) => set(field.name, v)} />
        );
      case 'text':
        return (
          <TextField
            key={key}
            {...common}
            isMultiline
            maxLength={field.maxLength}
            hint={t('fields.maxLength', { max: field.maxLength })}
            value={asText(value)}
            onChange={(v) => set(field.name, v)}
          />
        );
    }
  });
  return (
    <>
      {controls}
      <HiddenFields id={id} hidden={hidden} />
    </>
  );
}
