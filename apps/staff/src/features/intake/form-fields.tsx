// Labelled inputs bound to the surrounding react-hook-form: each one shows its own error beside it, linked by id.
import { Checkbox, CheckboxGroup, Flex, Grid, RadioGroup, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useId, type ReactNode } from 'react';
import { Controller, get, useFormContext, useWatch, type FieldError as FormFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError, FieldHint, FieldLabel } from '@kruosar/ui';

export type Choice = { value: string; label: string; hint?: string; lang?: string };

/** Marks an error set from the server's answer (its message is an i18n key or text), not from the schema. */
export const SERVER_ERROR = 'server';

type Common = { name: string; label: string; hint?: string; optional?: boolean };

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

/**
 * An empty field fails its format check (a date, a village code) before anything else: say "fill in" or
 * "choose" then, not "not valid". `emptyType` is the issue type whose message fits the kind of input.
 */
export function errorForEmpty(error: FormFieldError | undefined, value: unknown, emptyType: 'too_small' | 'invalid_value'): FormFieldError | undefined {
  return error && error.type !== SERVER_ERROR && isEmpty(value) ? { ...error, type: emptyType } : error;
}

/** The field's error, the ids that tie label, hint and error to the input, and the attributes for the input. */
function useField(name: string, hint: string | undefined, emptyType: 'too_small' | 'invalid_value' = 'too_small', warning?: string) {
  const id = useId();
  const { control, formState } = useFormContext();
  const value = useWatch({ control, name }) as unknown;
  const error = errorForEmpty(get(formState.errors, name) as FormFieldError | undefined, value, emptyType);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const warningId = `${id}-warning`;
  const describedBy = [hint ? hintId : null, warning ? warningId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, error, errorId, hintId, warningId, inputProps: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } };
}

function LabelText({ htmlFor, id, label, optional, as = 'label' }: { htmlFor?: string; id?: string; label: string; optional?: boolean; as?: 'label' | 'legend' }) {
  const { t } = useTranslation();
  if (as === 'label') return <FieldLabel htmlFor={htmlFor} id={id} label={label} optional={optional} />;
  // A legend names a group of choices; it looks like a label.
  const content = (
    <>
      {label}
      {optional ? (
        <Text weight="regular" color="gray">
          {' '}({t('optional')})
        </Text>
      ) : null}
    </>
  );
  return (
    <Text asChild size="2" weight="bold">
      <legend id={id}>{content}</legend>
    </Text>
  );
}

function HintAndError({ hint, hintId, error, errorId }: { hint?: string | undefined; hintId: string; error: FormFieldError | undefined; errorId: string }) {
  return (
    <>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <FieldError id={errorId} error={error?.type === SERVER_ERROR ? undefined : error} serverMessage={error?.type === SERVER_ERROR ? error.message : undefined} />
    </>
  );
}

/** A group of choices under one legend, without the browser's frame. */
export function Fieldset({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <fieldset data-testid={testId} style={{ border: 0, padding: 0, margin: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 'var(--space-1)' }}>
      {children}
    </fieldset>
  );
}

type TextInputProps = Common & {
  type?: 'text' | 'date' | 'tel' | 'datetime-local';
  lang?: string;
  inputMode?: 'numeric' | 'text' | 'tel';
  autoComplete?: string;
  /** Turn what was typed into the form value (an empty optional date becomes null). */
  setValueAs?: (value: string) => unknown;
  /** Something worth a second look that does not stop the save. */
  warning?: string | undefined;
};

export function TextInput({ name, label, hint, optional, type = 'text', lang, inputMode, autoComplete = 'off', setValueAs, warning }: TextInputProps) {
  const { register } = useFormContext();
  const field = useField(name, hint, 'too_small', warning);
  return (
    <Flex direction="column" gap="1">
      <LabelText htmlFor={field.id} label={label} optional={optional} />
      <TextField.Root type={type} lang={lang} inputMode={inputMode} autoComplete={autoComplete} {...field.inputProps} {...register(name, setValueAs ? { setValueAs } : {})} />
      {warning ? (
        <Text as="p" id={field.warningId} size="1" color="amber" highContrast style={{ margin: 0 }} data-testid="field-warning">
          {warning}
        </Text>
      ) : null}
      <HintAndError hint={hint} hintId={field.hintId} error={field.error} errorId={field.errorId} />
    </Flex>
  );
}

export function LongText({ name, label, hint, optional, rows = 4, lang }: Common & { rows?: number; lang?: string }) {
  const { register } = useFormContext();
  const field = useField(name, hint);
  return (
    <Flex direction="column" gap="1">
      <LabelText htmlFor={field.id} label={label} optional={optional} />
      <TextArea rows={rows} lang={lang} {...field.inputProps} {...register(name)} />
      <HintAndError hint={hint} hintId={field.hintId} error={field.error} errorId={field.errorId} />
    </Flex>
  );
}

/** A drop-down list; `placeholder` shows until something is chosen. */
export function ChoiceSelect({ name, label, hint, optional, choices, placeholder }: Common & { choices: Choice[]; placeholder: string }) {
  const { control } = useFormContext();
  const field = useField(name, hint, 'invalid_value');
  const labelId = `${field.id}-label`;
  return (
    <Flex direction="column" gap="1" align="start">
      <LabelText htmlFor={field.id} id={labelId} label={label} optional={optional} />
      <Controller
        control={control}
        name={name}
        render={({ field: { value, onChange, onBlur, ref } }) => (
          <Select.Root value={typeof value === 'string' ? value : ''} onValueChange={onChange}>
            <Select.Trigger ref={ref} onBlur={onBlur} placeholder={placeholder} aria-labelledby={`${labelId} ${field.id}`} style={{ minWidth: '14rem', maxWidth: '100%' }} {...field.inputProps} />
            <Select.Content position="popper">
              {choices.map((c) => (
                <Select.Item key={c.value} value={c.value}>
                  {c.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        )}
      />
      <HintAndError hint={hint} hintId={field.hintId} error={field.error} errorId={field.errorId} />
    </Flex>
  );
}

/** One of a few choices, all visible. */
export function ChoiceRadios({ name, label, hint, choices, direction = 'row', extra }: Common & { choices: Choice[]; direction?: 'row' | 'column'; extra?: (value: string) => ReactNode }) {
  const { control } = useFormContext();
  const field = useField(name, hint, 'invalid_value');
  const legendId = `${field.id}-legend`;
  return (
    <Fieldset>
      <LabelText as="legend" id={legendId} label={label} />
      <Controller
        control={control}
        name={name}
        render={({ field: { value, onChange, ref } }) => (
          <RadioGroup.Root
            ref={ref}
            value={typeof value === 'string' ? value : ''}
            onValueChange={onChange}
            aria-labelledby={legendId}
            aria-invalid={field.error ? true : undefined}
            aria-describedby={field.inputProps['aria-describedby']}
          >
            <Flex direction={direction} gap={direction === 'row' ? '4' : '2'} wrap="wrap">
              {choices.map((c) => (
                <RadioGroup.Item key={c.value} value={c.value} lang={c.lang}>
                  {c.label}
                  {c.hint ? (
                    <Text size="1" color="gray">
                      {' · '}
                      {c.hint}
                    </Text>
                  ) : null}
                  {extra ? extra(c.value) : null}
                </RadioGroup.Item>
              ))}
            </Flex>
          </RadioGroup.Root>
        )}
      />
      <HintAndError hint={hint} hintId={field.hintId} error={field.error} errorId={field.errorId} />
    </Fieldset>
  );
}

/** Any number of choices (a list of values). */
export function ChoiceCheckboxes({ name, label, hint, choices, columns = '2' }: Common & { choices: Choice[]; columns?: '1' | '2' | '3' }) {
  const { control } = useFormContext();
  const field = useField(name, hint);
  const legendId = `${field.id}-legend`;
  return (
    <Fieldset>
      <LabelText as="legend" id={legendId} label={label} optional />
      <Controller
        control={control}
        name={name}
        render={({ field: { value, onChange } }) => (
          <CheckboxGroup.Root
            value={Array.isArray(value) ? (value as string[]) : []}
            onValueChange={onChange}
            aria-labelledby={legendId}
            aria-describedby={field.inputProps['aria-describedby']}
          >
            <Grid columns={{ initial: '1', sm: columns }} gap="2">
              {choices.map((c) => (
                <CheckboxGroup.Item key={c.value} value={c.value}>
                  {c.label}
                </CheckboxGroup.Item>
              ))}
            </Grid>
          </CheckboxGroup.Root>
        )}
      />
      <HintAndError hint={hint} hintId={field.hintId} error={field.error} errorId={field.errorId} />
    </Fieldset>
  );
}

/** A yes/no question as one checkbox. */
export function YesNo({ name, label, hint }: Omit<Common, 'optional'>) {
  const { control } = useFormContext();
  const field = useField(name, hint);
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="2">
        <Flex gap="2" align="center">
          <Controller
            control={control}
            name={name}
            render={({ field: { value, onChange, onBlur, ref } }) => (
              <Checkbox ref={ref} onBlur={onBlur} checked={value === true} onCheckedChange={(checked) => onChange(checked === true)} {...field.inputProps} />
            )}
          />
          {label}
        </Flex>
      </Text>
      <HintAndError hint={hint} hintId={field.hintId} error={field.error} errorId={field.errorId} />
    </Flex>
  );
}
