// Puts the server's validation answer beside the fields it names, in the user's language.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeError } from '@kruosar/ui';
import { SERVER_ERROR } from './form-fields';

type I18nLike = { exists: (key: string) => boolean };

/**
 * The server sends field messages in English (from the schema) and, for a rule of the domain, an i18n key for
 * the whole error. A field gets that key when it is the only field named; otherwise a translated "not valid".
 * `rename` maps a server path to the form's ("villageCode" -> "household.villageCode").
 * Returns the paths that were marked, so the caller can move focus to the first one.
 */
export function markServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  i18n: I18nLike,
  rename: Record<string, string> = {},
): string[] {
  const { fieldErrors, messageKey } = describeError(error);
  if (!fieldErrors) return [];
  const paths = Object.keys(fieldErrors).filter((p) => p !== '_');
  const specific = paths.length === 1 && messageKey !== 'errors:invalid' && i18n.exists(messageKey) ? messageKey : 'errors:field.invalid';
  const marked = paths.map((path) => rename[path] ?? path);
  for (const path of marked) setError(path as Path<T>, { type: SERVER_ERROR, message: specific }, { shouldFocus: false });
  return marked;
}
