// Labelled inputs for the workflow forms: each label is tied to its input, each message to its field.
import { Callout, Checkbox, Flex, RadioGroup, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import type { CSSProperties, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError, FieldHint, FieldLabel } from '@kruosar/ui';

/** A react-hook-form error; type 'server' carries the server's message (an i18n key or text). */
export type FieldProblem = { type?: string | number; message?: string } | undefined;

function messageProps(error: FieldProblem, choice: boolean, customMessage: string | undefined) {
  if (!error) return {};
  if (error.type === 'server') return { serverMessage: error.message };
  // A rule across fields (an "other" that needs saying, consent that needs a date): the field's own words, or
  // else it is missing. The domain's text is English, so it is not shown as such.
  if (error.type === 'custom') return { serverMessage: customMessage ?? (choice ? 'errors.field.choose' : 'errors.field.required') };
  // Nothing chosen yet reads better as "Choose one" than as "not valid".
  if (choice && (error.type === 'invalid_type' || error.type === 'invalid_value')) return { serverMessage: 'errors.field.choose' };
  return { error };
}

export const describedBy = (id: string, error: FieldProblem, hint?: ReactNode) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

type MessageProps = { id: string; error: FieldProblem; choice?: boolean; customMessage?: string | undefined };

export function FieldMessage({ id, error, choice = false, customMessage }: MessageProps) {
  return <FieldError id={`${id}-error`} {...messageProps(error, choice, customMessage)} />;
}

type ShellProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  error: FieldProblem;
  choice?: boolean;
  /** Shown for a cross-field rule of this field (a zod 'custom' issue), already translated. */
  customMessage?: string | undefined;
  children: ReactNode;
};

/** Label, optional hint, the input, and its message. */
export function FieldShell({ id, label, hint, optional, error, choice = false, customMessage, children }: ShellProps) {
  return (
    <Flex direction="column" gap="1">
      <FieldLabel htmlFor={id} id={`${id}-label`} label={label} optional={optional} />
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      {children}
      <FieldMessage id={id} error={error} choice={choice} customMessage={customMessage} />
    </Flex>
  );
}

type InputProps = Omit<ShellProps, 'children' | 'choice'> & { registration: UseFormRegisterReturn; type?: 'text' | 'date' };

export function TextInputField({ registration, type = 'text', ...shell }: InputProps) {
  return (
    <FieldShell {...shell}>
      <TextField.Root
        id={shell.id}
        type={type}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(shell.id, shell.error, shell.hint)}
        style={type === 'date' ? { maxWidth: '12rem' } : undefined}
        {...registration}
      />
    </FieldShell>
  );
}

export function TextAreaField({ registration, rows = 3, ...shell }: Omit<InputProps, 'type'> & { rows?: number }) {
  return (
    <FieldShell {...shell}>
      <TextArea
        id={shell.id}
        rows={rows}
        resize="vertical"
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(shell.id, shell.error, shell.hint)}
        {...registration}
      />
    </FieldShell>
  );
}

type SelectProps<T extends string> = Omit<ShellProps, 'children' | 'choice'> & {
  value: T | null | undefined;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  placeholder?: string;
};

// The placeholder's contrast is fixed for every select in @kruosar/ui's styles.css.
const placeholderContrast = { minWidth: '14rem', maxWidth: '100%' } as CSSProperties;

/** A Radix select; its trigger is named by the label and then shows the value chosen. */
export function SelectField<T extends string>({ value, onChange, options, placeholder, ...shell }: SelectProps<T>) {
  const { t } = useTranslation('staff');
  return (
    <FieldShell {...shell} choice>
      <Select.Root value={value ?? ''} onValueChange={(v) => onChange(v as T)}>
        <Select.Trigger
          id={shell.id}
          placeholder={placeholder ?? t('caseWork.choose')}
          aria-labelledby={`${shell.id}-label ${shell.id}`}
          aria-invalid={shell.error ? true : undefined}
          aria-describedby={describedBy(shell.id, shell.error, shell.hint)}
          style={placeholderContrast}
        />
        <Select.Content position="popper">
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </FieldShell>
  );
}

type RadioProps<T extends string> = Omit<SelectProps<T>, 'placeholder' | 'optional'>;

/** A few choices shown at once; arrow keys move between them. */
export function RadioField<T extends string>({ id, label, hint, error, customMessage, value, onChange, options }: RadioProps<T>) {
  return (
    <Flex direction="column" gap="1">
      <Text as="p" id={`${id}-label`} size="2" weight="bold" style={{ margin: 0 }}>
        {label}
      </Text>
      {hint ? (
        <Text as="p" id={`${id}-hint`} size="1" color="gray" style={{ margin: 0 }}>
          {hint}
        </Text>
      ) : null}
      <RadioGroup.Root
        id={id}
        value={value ?? ''}
        onValueChange={(v) => onChange(v as T)}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(id, error, hint)}
        aria-invalid={error ? true : undefined}
      >
        <Flex gap="4" wrap="wrap">
          {options.map((o) => (
            <RadioGroup.Item key={o.value} value={o.value}>
              {o.label}
            </RadioGroup.Item>
          ))}
        </Flex>
      </RadioGroup.Root>
      <FieldMessage id={id} error={error} choice customMessage={customMessage} />
    </Flex>
  );
}

type CheckboxesProps<T extends string> = {
  id: string;
  legend: string;
  hint?: string;
  value: readonly T[];
  onChange: (value: T[]) => void;
  options: readonly { value: T; label: string }[];
};

/** Several choices that may all apply, as a fieldset of checkboxes. */
export function CheckboxesField<T extends string>({ id, legend, hint, value, onChange, options }: CheckboxesProps<T>) {
  const toggle = (option: T, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset className="kr-fieldset" aria-describedby={hint ? `${id}-hint` : undefined} style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Text size="2" weight="bold">
          {legend}
        </Text>
      </legend>
      {hint ? (
        <Text as="p" id={`${id}-hint`} size="1" color="gray" style={{ margin: 0 }}>
          {hint}
        </Text>
      ) : null}
      <Flex gap="3" wrap="wrap" mt="2">
        {options.map((o) => (
          <Text as="label" size="2" key={o.value} style={{ minWidth: '14rem' }}>
            <Flex gap="2" align="center">
              <Checkbox checked={value.includes(o.value)} onCheckedChange={(c) => toggle(o.value, c === true)} />
              {o.label}
            </Flex>
          </Text>
        ))}
      </Flex>
    </fieldset>
  );
}

/** After a submit with problems: one alert that says so, the messages sit beside their fields. */
export function FormProblems({ show }: { show: boolean }) {
  const { t } = useTranslation('errors');
  if (!show) return null;
  return (
    <Callout.Root color="red" role="alert">
      <Callout.Text>{t('invalid')}</Callout.Text>
    </Callout.Root>
  );
}
