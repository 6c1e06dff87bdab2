// A field's validation message in the user's language, linked to its input by id.
import { Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { fieldMessageKey } from '../client/errors';
import { fieldMessageOfType } from '../forms/zod-issues';

export type FieldErrorProps = {
  id: string;
  /** A react-hook-form error (its `type` is the zod issue code) ... */
  error?: { type?: string | number; message?: string } | undefined;
  /** ... or a message the server sent for this field (an i18n key or plain text). */
  serverMessage?: string | undefined;
};

export function FieldError({ id, error, serverMessage }: FieldErrorProps) {
  const { t } = useTranslation(['common', 'errors', 'values']);
  let text: string | null = null;
  if (serverMessage) {
    const key = fieldMessageKey(serverMessage);
    text = key ? t(key as 'errors:invalid') : serverMessage;
  } else if (error) {
    text = t(fieldMessageOfType(error.type).key);
  }
  if (!text) return null;
  return (
    <Text as="p" id={id} size="2" color="red" weight="medium" style={{ margin: 0 }}>
      {text}
    </Text>
  );
}
