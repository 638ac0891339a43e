import type { ButtonHTMLAttributes, InputHTMLAttributes, ReactNode } from 'react';

function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** A control's hint and error message, with the ids its aria-describedby points at. */
function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
    </>
  );
}

/** The form group around one labelled control: label, hint and error message, as NHS.UK lays them out. */
function LabelledField({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  width?: 10 | 20 | 30;
}

export function TextInput({ id, label, hint, error, value, onChange, width, className, ...rest }: TextInputProps) {
  const classes = ['nhsuk-input', width ? `nhsuk-input--width-${width}` : '', error ? 'nhsuk-input--error' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        {...rest}
        className={classes}
        id={id}
        name={rest.name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </LabelledField>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  /** Used for the first input's id, so the error summary can link to it. */
  id: string;
  name: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
  options: Option[];
  disabled?: boolean;
}

function Fieldset({ id, legend, legendSize = 'm', hint, error, children }: Omit<ChoiceGroupProps, 'options' | 'name'> & { children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

export function Radios({ value, onChange, inline, ...group }: ChoiceGroupProps & { value: string; onChange: (value: string) => void; inline?: boolean }) {
  return (
    <Fieldset {...group}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {group.options.map((option, index) => {
          const inputId = index === 0 ? group.id : `${group.id}-${index + 1}`;
          return (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={inputId}
                name={group.name}
                type="radio"
                value={option.value}
                checked={value === option.value}
                disabled={group.disabled}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${inputId}-item-hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function Checkboxes({
  values,
  onChange,
  small,
  ...group
}: ChoiceGroupProps & { values: readonly string[]; onChange: (values: string[]) => void; small?: boolean }) {
  return (
    <Fieldset {...group}>
      <div className={`nhsuk-checkboxes${small ? ' nhsuk-checkboxes--small' : ''}`}>
        {group.options.map((option, index) => {
          const inputId = index === 0 ? group.id : `${group.id}-${index + 1}`;
          const checked = values.includes(option.value);
          return (
            <div className="nhsuk-checkboxes__item" key={option.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={inputId}
                name={group.name}
                type="checkbox"
                value={option.value}
                checked={checked}
                disabled={group.disabled}
                onChange={() => onChange(checked ? values.filter((v) => v !== option.value) : [...values, option.value])}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function Select({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export function Button({
  variant,
  children,
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'secondary' | 'reverse' | 'warning' | 'login'; small?: boolean }) {
  const { small, ...buttonProps } = rest as typeof rest & { small?: boolean };
  const classes = ['nhsuk-button', variant ? `nhsuk-button--${variant}` : '', small ? 'nhsuk-button--small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button type="submit" data-module="nhsuk-button" {...buttonProps} className={classes}>
      {children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="nhsuk-button-group">{children}</div>;
}
