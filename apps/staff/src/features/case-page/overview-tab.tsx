// The case page's first tab: case details, the child and the household, each shown and edited on its own.
import { Badge, Box, Button, Card, DataList, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { lazy, Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn } from '@kruosar/domain';
import { LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { todayLocal } from '../intake/birth-date';
import type { CaseDetail, CaseTabProps } from './case-types';
import { CaseFamilyCard } from '../families/case-family-card';
import { LazyMergePanel } from '../merge/lazy';
import { mayMerge } from '../merge/may-merge';

// The edit forms (react-hook-form, zod, the intake fields) are fetched when "Edit" is first pressed: most visits read.
const CaseDetailsForm = lazy(() => import('./case-details-form').then((m) => ({ default: m.CaseDetailsForm })));
const ChildEditForm = lazy(() => import('./child-form').then((m) => ({ default: m.ChildEditForm })));
const HouseholdEditForm = lazy(() => import('./household-form').then((m) => ({ default: m.HouseholdEditForm })));

export function OverviewTab({ detail, user }: CaseTabProps) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const { case: c, child, household } = detail;
  const none = t('casePage.nothing');
  const [today] = useState(todayLocal);
  const list = (items: string[]) => (items.length ? items.join(', ') : none);

  return (
    <Flex direction="column" gap="4">
      <EditableSection
        id="case-details"
        title={t('casePage.overview.caseDetails')}
        editLabel={t('casePage.overview.editCase')}
        detail={detail}
        editForm={CaseDetailsForm}
      >
        <Facts
          rows={[
            [t('intake.case.source'), t(`values:caseSource.${c.source}`)],
            [t('intake.case.risk'), t(`values:riskLevel.${c.riskLevel}`)],
            [t('intake.case.protectionConcerns'), list(c.protectionConcerns.map((p) => t(`values:protectionConcern.${p}`)))],
            [t('intake.case.summary'), <Text key="summary" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-summary">{c.summary || none}</Text>],
            [t('casePage.overview.registeredBy'), `${c.registeredBy?.displayName ?? none} · ${formatDate(c.registeredAt, locale, { withTime: true })}`],
          ]}
        />
      </EditableSection>
      <EditableSection
        id="child"
        title={t('casePage.overview.child')}
        editLabel={t('casePage.overview.editChild')}
        detail={detail}
        editForm={ChildEditForm}
      >
        <Facts
          rows={[
            [t('casePage.overview.nameLatin'), `${child.familyNameLatin} ${child.givenNameLatin}`],
            [t('casePage.overview.nameKm'), <span key="km" lang="km">{`${child.familyNameKm} ${child.givenNameKm}`}</span>],
            [t('intake.child.sex'), t(`values:sex.${child.sex}`)],
            [
              t('intake.child.dateOfBirth'),
              `${formatDate(child.dateOfBirth, locale)} · ${t('casePage.age', { age: ageOn(child.dateOfBirth, today) })}${child.dateOfBirthEstimated ? ` (${t('casePage.estimated')})` : ''}`,
            ],
            [t('intake.child.disability'), t(`values:disability.${child.disability}`)],
            [t('intake.child.schoolStatus'), t(`values:schoolStatus.${child.schoolStatus}`)],
            [t('intake.child.birthRegistration'), t(`values:birthRegistration.${child.birthRegistration}`)],
            [t('intake.child.photoConsent'), child.photoConsent ? t('casePage.yes') : t('casePage.no')],
          ]}
        />
      </EditableSection>
      {mayMerge(user.role) ? <LazyMergePanel kind="child" id={c.id} /> : null}
      <EditableSection
        id="household"
        title={t('casePage.overview.household')}
        editLabel={t('casePage.overview.editHousehold')}
        detail={detail}
        editForm={HouseholdEditForm}
      >
        <Facts
          rows={[
            [t('intake.household.village'), `${locale === 'km' ? c.villageNameKm : c.villageName}, ${locale === 'km' ? c.communeNameKm : c.communeName}`],
            [t('intake.household.address'), household.address || none],
            [t('intake.household.idPoor'), t(`values:idPoor.${household.idPoor}`)],
            [t('intake.household.incomeSources'), list(household.incomeSources.map((s) => t(`values:incomeSource.${s}`)))],
          ]}
        />
        <Heading as="h3" size="3" mt="4" mb="2">
          {t('intake.household.members')}
        </Heading>
        {household.members.length === 0 ? (
          <Text color="gray">{t('intake.household.noMembers')}</Text>
        ) : (
          <Table.Root variant="surface" size="1">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('casePage.overview.memberName')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.member.relationship')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.member.sex')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.member.dateOfBirth')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.member.phone')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {household.members.map((m) => (
                <Table.Row key={m.id}>
                  <Table.RowHeaderCell>
                    <Text as="div" lang="km">
                      {m.nameKm}
                    </Text>
                    {m.nameLatin ? (
                      <Text as="div" size="1" color="gray">
                        {m.nameLatin}
                      </Text>
                    ) : null}
                  </Table.RowHeaderCell>
                  <Table.Cell>
                    <Flex gap="2" align="center" wrap="wrap">
                      {t(`values:relationship.${m.relationship}`)}
                      {m.isCaregiver ? (
                        <Badge color="green" highContrast>
                          {t('casePage.overview.caregiver')}
                        </Badge>
                      ) : null}
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>{t(`values:sex.${m.sex}`)}</Table.Cell>
                  <Table.Cell>{m.dateOfBirth ? formatDate(m.dateOfBirth, locale) : none}</Table.Cell>
                  <Table.Cell>{m.phone || none}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </EditableSection>
      <CaseFamilyCard caseId={c.id} />
    </Flex>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.Label minWidth="12rem">{label}</DataList.Label>
          <DataList.Value>{value}</DataList.Value>
        </DataList.Item>
      ))}
    </DataList.Root>
  );
}

type EditableSectionProps = {
  id: string;
  title: string;
  editLabel: string;
  detail: CaseDetail;
  /** Mounted when "Edit" is pressed, so it starts from the record on screen then. */
  editForm: ComponentType<{ detail: CaseDetail; onDone: () => void }>;
  children: ReactNode;
};

/** A card that shows a record and swaps to its form on "Edit"; focus returns to "Edit" when the form closes. */
function EditableSection({ id, title, editLabel, detail, editForm: EditForm, children }: EditableSectionProps) {
  const { t } = useTranslation('staff');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const done = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <Card size="3" asChild>
      <section aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
        <Flex justify="between" align="center" mb="3" gap="3" wrap="wrap">
          <Heading as="h2" size="4" id={`${id}-heading`}>
            {title}
          </Heading>
          {editing ? null : (
            <Button ref={editButton} type="button" variant="soft" onClick={() => setEditing(true)} aria-label={editLabel}>
              {t('casePage.edit')}
            </Button>
          )}
        </Flex>
        <Box>
          {editing ? (
            <Suspense fallback={<LoadingState />}>
              <EditForm detail={detail} onDone={done} />
            </Suspense>
          ) : (
            children
          )}
        </Box>
      </section>
    </Card>
  );
}
