// Editing a record from the version read: a stale save is refused by the server; the person reloads and keeps their input.
import { Box, Button, Callout, DataList, Flex, Text } from '@radix-ui/themes';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, errorMessage } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { CaseDetail } from './case-types';

/**
 * The version a form saves against. It starts at the version the form opened with and moves only when the person
 * presses Reload after a conflict: a background refresh must never make a stale form look current.
 */
export function useVersionedEdit(initial: CaseDetail, versionOf: (detail: CaseDetail) => number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState(() => ({ version: versionOf(initial), reloaded: null as CaseDetail | null }));
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.cases.byId.queryOptions({ caseId: initial.case.id }), staleTime: 0 });
      setState({ version: versionOf(fresh), reloaded: fresh });
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };
  return { version: state.version, reloaded: state.reloaded, reload, reloading, reloadError };
}

/** After a save: the case page, its timeline and the caseload show the change. */
export function useRefreshCase() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (caseId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.cases.byId.queryKey({ caseId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.cases.timeline.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.cases.list.pathKey() }),
    ]);
}

export const isConflict = (error: unknown) => describeError(error).code === 'CONFLICT';

type SaveProblemProps = {
  error: unknown;
  onReload: () => void;
  reloading: boolean;
  reloadError: unknown;
};

/** A refused save: a conflict offers Reload (the form keeps what was typed); anything else says what went wrong. */
export function SaveProblem({ error, onReload, reloading, reloadError }: SaveProblemProps) {
  const { t, i18n } = useTranslation(['staff', 'errors']);
  if (!error) return null;
  if (!isConflict(error)) {
    return (
      <Callout.Root color="red" role="alert">
        <Callout.Text>{errorMessage(error, i18n)}</Callout.Text>
      </Callout.Root>
    );
  }
  return (
    <Callout.Root color="red" role="alert" data-testid="conflict">
      <Callout.Text weight="bold">{t('casePage.conflict.title')}</Callout.Text>
      <Callout.Text>{t('casePage.conflict.body')}</Callout.Text>
      {reloadError ? <Callout.Text>{errorMessage(reloadError, i18n)}</Callout.Text> : null}
      <Box>
        <Button type="button" variant="soft" color="red" onClick={onReload} loading={reloading} disabled={reloading}>
          {t('casePage.conflict.reload')}
        </Button>
      </Box>
    </Callout.Root>
  );
}

export type SavedValue = { label: string; value: ReactNode };

/** After Reload: what is saved now where it differs from the form, so the person can merge by hand. */
export function SavedNow({ rows }: { rows: SavedValue[] }) {
  const { t } = useTranslation('staff');
  return (
    <Callout.Root color="amber" role="status" data-testid="reloaded">
      <Callout.Text>{rows.length > 0 ? t('casePage.conflict.reloaded') : t('casePage.conflict.reloadedSame')}</Callout.Text>
      {rows.length > 0 ? (
        <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }} size="2">
          {rows.map((row) => (
            <DataList.Item key={row.label}>
              <DataList.Label>{row.label}</DataList.Label>
              <DataList.Value>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{row.value}</Text>
              </DataList.Value>
            </DataList.Item>
          ))}
        </DataList.Root>
      ) : null}
    </Callout.Root>
  );
}

/** Save and Cancel under an edit form. */
export function EditActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Flex gap="3">
      <Button type="submit" loading={saving} disabled={saving}>
        {t('casePage.save')}
      </Button>
      <Button type="button" variant="soft" color="gray" onClick={onCancel} disabled={saving}>
        {t('casePage.cancel')}
      </Button>
    </Flex>
  );
}
