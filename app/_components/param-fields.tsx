'use client';

import { useTranslation } from 'react-i18next';

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

/** One section's controls, generated from its parameter schema; labels come from ui.json. */
export function ParamFields({ id, fields, values, units, accent, errors, dispatch }: ParamFieldsProps) {
  const { t } = useTranslation('ui');
  const set = (name: string, value: unknown) => dispatch({ type: 'param', id, name, value });
  return fields.map((field) => {
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
}
