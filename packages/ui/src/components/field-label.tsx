// The parts every labelled form field shares: its label (with "optional" when it may stay empty) and its hint.
// Forms differ in how they hold errors; these keep what a person sees and hears the same everywhere.
import { Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FieldLabel({ htmlFor, id, label, optional }: { htmlFor?: string; id?: string; label: ReactNode; optional?: boolean | undefined }) {
  const { t } = useTranslation('common');
  return (
    <Text as="label" htmlFor={htmlFor} id={id} size="2" weight="bold">
      {label}
      {optional ? (
        <Text weight="regular" color="gray">
          {' '}({t('optional')})
        </Text>
      ) : null}
    </Text>
  );
}

/** A hint under the label; the input names it in aria-describedby. */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Text as="p" id={id} size="1" color="gray" style={{ margin: 0 }}>
      {children}
    </Text>
  );
}
