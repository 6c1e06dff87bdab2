// A labelled field for the hive forms: label, optional hint, the control, and its message (checked by the domain
// schema before sending, or sent back by the server), linked by id for screen readers.
import { Flex } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FieldError, FieldHint, FieldLabel, fieldMessagesOf, formatNumber, useLocale, type FieldMessage } from '@kruosar/ui';

/** A field's problem: a message from the schema check, or the server's (an i18n key or text). */
export type Problem = FieldMessage | string;
export type Problems = Record<string, Problem>;

export const problemsOfZod = (error: z.ZodError): Problems => fieldMessagesOf(error);

/** The control's accessibility props, to spread on the input. */
export function controlProps(id: string, problem: Problem | undefined, hint?: boolean) {
  return {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined,
  } as const;
}

export function FormField({ id, label, hint, optional, problem, children }: { id: string; label: string; hint?: string; optional?: boolean; problem: Problem | undefined; children: ReactNode }) {
  const { t } = useTranslation(['common', 'errors']);
  const locale = useLocale();
  return (
    <Flex direction="column" gap="1">
      <FieldLabel htmlFor={id} id={`${id}-label`} label={label} optional={optional} />
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      {children}
      {problem === undefined ? null : typeof problem === 'string' ? (
        <FieldError id={`${id}-error`} serverMessage={problem} />
      ) : (
        <FieldError id={`${id}-error`} serverMessage={t(problem.key, { max: formatNumber(problem.max ?? 0, locale) })} />
      )}
    </Flex>
  );
}
