import './form.css';

import type { ReactNode } from 'react';

/** A DOM id for a form field key such as `sections.heat-cold.heatMinutes`. */
export function fieldId(key: string): string {
  return `field-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy({ id, hint, error }: FieldProps): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Messages({ id, hint, error }: FieldProps) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'tel' | 'number' | 'url' | 'password';
  min?: number;
  max?: number;
  maxLength?: number;
  autoComplete?: string;
  isMultiline?: boolean;
  className?: string;
  children?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, type = 'text', isMultiline, className, children } = props;
  const common = {
    id,
    value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(props),
    autoComplete: props.autoComplete,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {isMultiline ? (
        <textarea
          {...common}
          rows={3}
          maxLength={props.maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={type}
          min={props.min}
          max={props.max}
          step={type === 'number' ? 1 : undefined}
          inputMode={type === 'number' ? 'numeric' : undefined}
          maxLength={props.maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {children}
      <Messages {...props} />
    </div>
  );
}

interface Option {
  value: string;
  label: string;
  adornment?: ReactNode;
}

interface GroupProps extends FieldProps {
  options: Option[];
}

/** Plain choices flow in a row; choices with a drawing each take a line. */
const groupClass = (options: Option[]) =>
  options.some((option) => option.adornment) ? 'field group' : 'field group is-inline';

export function RadioGroup(props: GroupProps & { value: string; onChange: (value: string) => void }) {
  const { id, label, options, value, onChange } = props;
  return (
    <fieldset className={groupClass(options)} aria-describedby={describedBy(props)} id={id}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.adornment}
          <span>{option.label}</span>
        </label>
      ))}
      <Messages {...props} />
    </fieldset>
  );
}

export function CheckboxGroup(props: GroupProps & { value: string[]; onChange: (value: string[]) => void }) {
  const { id, label, options, value, onChange } = props;
  const toggle = (option: string, isOn: boolean) =>
    // The printed order is the option order, whatever order the boxes were ticked in.
    onChange(options.map((o) => o.value).filter((o) => (o === option ? isOn : value.includes(o))));
  return (
    <fieldset className={groupClass(options)} aria-describedby={describedBy(props)} id={id}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            value={option.value}
            checked={value.includes(option.value)}
            aria-invalid={props.error ? true : undefined}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          {option.adornment}
          <span>{option.label}</span>
        </label>
      ))}
      <Messages {...props} />
    </fieldset>
  );
}

export function Checkbox(props: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, checked, onChange } = props;
  return (
    <div className="field">
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      <Messages {...props} />
    </div>
  );
}
