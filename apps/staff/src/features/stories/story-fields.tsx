// Labelled inputs for the story form; each message sits under its field and is linked to it.
import { Flex, Text, TextArea, TextField } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { FieldError } from '@kruosar/ui';

type FieldProps = { id: string; label: string; hint?: string; error: string | undefined; children: (aria: AriaProps) => ReactNode };
export type AriaProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** Label, hint, the input (given its aria props), and the message: an i18n key or the server's text. */
export function StoryField({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} id={`${id}-label`} size="2" weight="bold">
        {label}
      </Text>
      {hint ? (
        <Text as="p" id={`${id}-hint`} size="1" color="gray" style={{ margin: 0 }}>
          {hint}
        </Text>
      ) : null}
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error ? <FieldError id={`${id}-error`} serverMessage={error} /> : null}
    </Flex>
  );
}

export function TextInput(props: Omit<FieldProps, 'children'> & { value: string; onChange: (v: string) => void; type?: 'text' | 'date'; maxLength?: number }) {
  const { value, onChange, type = 'text', maxLength, ...field } = props;
  return (
    <StoryField {...field}>
      {(aria) => (
        <TextField.Root {...aria} type={type} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} style={type === 'date' ? { maxWidth: '12rem' } : undefined} />
      )}
    </StoryField>
  );
}

export function LongText(props: Omit<FieldProps, 'children'> & { value: string; onChange: (v: string) => void; rows?: number; maxLength?: number }) {
  const { value, onChange, rows = 10, maxLength, ...field } = props;
  return (
    <StoryField {...field}>
      {(aria) => <TextArea {...aria} rows={rows} resize="vertical" value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />}
    </StoryField>
  );
}
