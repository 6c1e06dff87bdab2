// /cases/:id/file: the case as the government's (MoSVY) forms, one section a form, in the screen's language:
// initial information, assessment, care plan, placement and reintegration, follow-up and monitoring, closure.
// Printed from the browser, or downloaded as a PDF that the server prints from this very page through Chromium.
import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ageOn, csiDomains, mayIdentifyChildren, type CurrentUser, type Locale } from '@kruosar/domain';
import { ErrorState, LoadingState, describeError, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { CaseDetail, StaffOutputs } from '../case-page/case-types';
import { todayLocal } from '../intake/birth-date';
import { PrintButton, PrintedBy } from '../print/print-button';
import { caseFilePdfUrl, inDateOrder, recordForForm } from './case-file-data';
import './case-file.css';

type Overview = StaffOutputs['workflow']['overview'];

export function CaseFileScreen({ caseId, user }: { caseId: string; user: CurrentUser }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const allowed = mayIdentifyChildren(user.role);
  const detail = useQuery({ ...trpc.cases.byId.queryOptions({ caseId }), enabled: allowed });
  const overview = useQuery({ ...trpc.workflow.overview.queryOptions({ caseId }), enabled: allowed });
  usePageTitle(detail.data ? t('caseFile.pageTitle', { reference: detail.data.case.reference }) : t('caseFile.title'));

  if (!allowed) return <Callout.Root color="gray">{t('casePage.notForRole')}</Callout.Root>;
  if (detail.isPending || overview.isPending) return <LoadingState />;
  const failed = detail.error ?? overview.error;
  if (failed) {
    const retry = () => void Promise.all([detail.refetch(), overview.refetch()]);
    return (
      <>
        <ErrorState error={failed} onRetry={describeError(failed).code === 'NOT_FOUND' ? undefined : retry} />
        <Link href="/">{t('casePage.backToCaseload')}</Link>
      </>
    );
  }
  return <CaseFile detail={detail.data!} overview={overview.data!} user={user} />;
}

function CaseFile({ detail, overview, user }: { detail: CaseDetail; overview: Overview; user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const c = detail.case;
  return (
    <>
      <Flex justify="between" align="center" wrap="wrap" gap="3" mb="4" className="kr-no-print">
        <Text as="p" size="2" style={{ margin: 0 }}>
          <Link href={`/cases/${encodeURIComponent(c.id)}`}>{t('caseFile.backToCase')}</Link>
        </Text>
        <Flex gap="3" wrap="wrap">
          <PrintButton label={t('caseFile.print')} />
          <DownloadPdf caseId={c.id} reference={c.reference} locale={locale} />
        </Flex>
      </Flex>
      <Text as="p" size="2" color="gray" mb="4" className="kr-no-print">
        {t('caseFile.languageHint')}
      </Text>
      <PrintedBy user={user} />
      {/* The server waits for this marker before it prints the PDF: everything below has its data. */}
      <article className="kr-case-file" data-case-file-ready="true" lang={locale}>
        <div className="kr-state-header">
          <p>
            <strong>{t('caseFile.kingdom')}</strong>
          </p>
          <p>{t('caseFile.motto')}</p>
          <p>{t('caseFile.ministry')}</p>
        </div>
        <h1>{t('caseFile.title')}</h1>
        <InitialInformation detail={detail} locale={locale} />
        <AssessmentForm overview={overview} locale={locale} reference={c.reference} />
        <CarePlanForm overview={overview} locale={locale} reference={c.reference} />
        <PlacementForm overview={overview} locale={locale} reference={c.reference} />
        <FollowUpForm overview={overview} locale={locale} reference={c.reference} />
        <ClosureForm overview={overview} locale={locale} reference={c.reference} />
      </article>
    </>
  );
}

/** Every form repeats the case's reference: each page of the paper file is filed on its own. */
type PdfState = 'idle' | 'pending' | 'unavailable' | 'failed';

/**
 * Fetched rather than linked, so a refusal (no Chromium on the server, too many prints) is said on this page in the
 * reader's language instead of arriving as a downloaded file of JSON.
 */
function DownloadPdf({ caseId, reference, locale }: { caseId: string; reference: string; locale: Locale }) {
  const { t } = useTranslation('staff');
  const [state, setState] = useState<PdfState>('idle');
  const download = async () => {
    setState('pending');
    try {
      const res = await fetch(caseFilePdfUrl(caseId, locale), { credentials: 'same-origin' });
      if (!res.ok) {
        setState(res.status === 503 ? 'unavailable' : 'failed');
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `case-file-${reference}-${locale}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <Flex direction="column" gap="2" align="end">
      <Button type="button" variant="soft" loading={state === 'pending'} disabled={state === 'pending'} onClick={() => void download()}>
        {t('caseFile.downloadPdf')}
      </Button>
      <div role="status" aria-live="polite">
        {state === 'pending' ? <Text size="2">{t('caseFile.pdfPending')}</Text> : null}
      </div>
      {state === 'unavailable' || state === 'failed' ? (
        <Callout.Root color="red" role="alert" size="1">
          <Callout.Text>{t(state === 'unavailable' ? 'caseFile.pdfUnavailable' : 'caseFile.pdfFailed')}</Callout.Text>
        </Callout.Root>
      ) : null}
    </Flex>
  );
}

function Form({ number, title, reference, children }: { number: number; title: string; reference: string; children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <section aria-labelledby={`case-file-form-${number}`} data-testid="case-file-form">
      <h2 id={`case-file-form-${number}`}>
        {t('caseFile.formNumber', { number })} {title}
      </h2>
      <Text as="p" size="2" mb="2" style={{ margin: '0 0 8px' }}>
        {t('caseFile.reference')}: <strong>{reference}</strong>
      </Text>
      {children}
      <div className="kr-signatures" aria-label={t('caseFile.signatures')} role="group">
        <div>{t('caseFile.signCaseworker')}</div>
        <div>{t('caseFile.signSupervisor')}</div>
        <div>{t('caseFile.signDate')}</div>
      </div>
    </section>
  );
}

type Row = [label: string, value: ReactNode];

function Fields({ rows }: { rows: Row[] }) {
  return (
    <table className="kr-form-table">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="kr-long-text">{value === '' || value === null ? '—' : value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Nothing() {
  const { t } = useTranslation('staff');
  return <p>{t('caseFile.nothingRecorded')}</p>;
}

const day = (value: string | null, locale: Locale) => (value ? formatDate(value, locale) : '—');

function InitialInformation({ detail, locale }: { detail: CaseDetail; locale: Locale }) {
  const { t } = useTranslation(['staff', 'values']);
  const [today] = useState(todayLocal);
  const { case: c, child, household } = detail;
  const km = locale === 'km';
  const yesNo = (value: boolean) => (value ? t('caseFile.yes') : t('caseFile.no'));
  return (
    <Form number={1} title={t('caseFile.forms.initial')} reference={c.reference}>
      <h3>{t('caseFile.child')}</h3>
      <Fields
        rows={[
          [t('caseFile.nameKm'), <span lang="km">{`${child.familyNameKm} ${child.givenNameKm}`}</span>],
          [t('caseFile.nameLatin'), <span lang="en">{`${child.familyNameLatin} ${child.givenNameLatin}`}</span>],
          [t('caseFile.sex'), t(`values:sex.${child.sex}`)],
          [
            t('caseFile.dateOfBirth'),
            `${day(child.dateOfBirth, locale)}${child.dateOfBirthEstimated ? ` (${t('casePage.estimated')})` : ''} · ${t('casePage.age', { age: ageOn(child.dateOfBirth, today) })}`,
          ],
          [t('caseFile.disability'), t(`values:disability.${child.disability}`)],
          [t('caseFile.school'), t(`values:schoolStatus.${child.schoolStatus}`)],
          [t('caseFile.birthRegistration'), t(`values:birthRegistration.${child.birthRegistration}`)],
        ]}
      />
      <h3>{t('caseFile.family')}</h3>
      <Fields
        rows={[
          [t('caseFile.village'), `${km ? c.villageNameKm : c.villageName}, ${km ? c.communeNameKm : c.communeName}`],
          [t('caseFile.address'), household.address],
          [t('caseFile.idPoor'), t(`values:idPoor.${household.idPoor}`)],
        ]}
      />
      {household.members.length > 0 ? (
        <table className="kr-form-table">
          <caption className="kr-visually-hidden">{t('caseFile.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseFile.memberName')}</th>
              <th scope="col">{t('caseFile.relationship')}</th>
              <th scope="col">{t('caseFile.sex')}</th>
              <th scope="col">{t('caseFile.dateOfBirth')}</th>
              <th scope="col">{t('caseFile.caregiver')}</th>
            </tr>
          </thead>
          <tbody>
            {household.members.map((m) => (
              <tr key={m.id}>
                <td>
                  <span lang="km">{m.nameKm}</span>
                  {m.nameLatin ? <span lang="en">{` (${m.nameLatin})`}</span> : null}
                </td>
                <td>{t(`values:relationship.${m.relationship}`)}</td>
                <td>{t(`values:sex.${m.sex}`)}</td>
                <td>{day(m.dateOfBirth, locale)}</td>
                <td>{yesNo(m.isCaregiver)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t('caseFile.case')}</h3>
      <Fields
        rows={[
          [t('caseFile.registeredOn'), day(c.registeredAt, locale)],
          [t('caseFile.source'), t(`values:caseSource.${c.source}`)],
          [t('caseFile.concerns'), c.protectionConcerns.map((p) => t(`values:protectionConcern.${p}`)).join(', ')],
          [t('caseFile.risk'), t(`values:riskLevel.${c.riskLevel}`)],
          [t('caseFile.caseworker'), c.assignedTo?.displayName ?? t('caseload.unassigned')],
          [t('caseFile.firstContact'), day(c.firstContactAt, locale)],
          [t('caseFile.summary'), c.summary],
        ]}
      />
    </Form>
  );
}

function AssessmentForm({ overview, locale, reference }: { overview: Overview; locale: Locale; reference: string }) {
  const { t } = useTranslation(['staff', 'values']);
  const a = recordForForm(overview.assessments, (r) => r.assessedOn);
  return (
    <Form number={2} title={t('caseFile.forms.assessment')} reference={reference}>
      {a ? (
        <>
          <Fields
            rows={[
              [t('caseFile.assessedOn'), day(a.assessedOn, locale)],
              [t('caseFile.approval'), t(`values:approvalState.${a.approvalState}`)],
              [t('caseFile.risk'), t(`values:riskLevel.${a.riskLevel}`)],
              [t('caseFile.riskReason'), a.riskReason],
              [t('caseFile.concerns'), a.protectionConcerns.map((p) => t(`values:protectionConcern.${p}`)).join(', ')],
              [t('caseFile.summary'), a.summary],
            ]}
          />
          <table className="kr-form-table">
            <caption className="kr-visually-hidden">{t('caseFile.scores')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseFile.domain')}</th>
                <th scope="col">{t('caseFile.score')}</th>
                <th scope="col">{t('caseFile.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {csiDomains.map((d) => (
                <tr key={d}>
                  <td>{t(`values:csiDomain.${d}`)}</td>
                  <td>{a.scores[d].score} / 4</td>
                  <td className="kr-long-text">{a.scores[d].reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <Nothing />
      )}
    </Form>
  );
}

function CarePlanForm({ overview, locale, reference }: { overview: Overview; locale: Locale; reference: string }) {
  const { t } = useTranslation(['staff', 'values']);
  const plan = recordForForm(overview.casePlans, (r) => r.createdAt);
  return (
    <Form number={3} title={t('caseFile.forms.carePlan')} reference={reference}>
      {plan ? (
        <>
          <Fields
            rows={[
              [t('caseFile.approval'), t(`values:approvalState.${plan.approvalState}`)],
              [t('caseFile.reviewDate'), day(plan.reviewDate, locale)],
              [
                t('caseFile.childViews'),
                plan.childViews ||
                  (plan.childViewsNotGivenReason
                    ? `${t(`values:childViewsNotGivenReason.${plan.childViewsNotGivenReason}`)}${plan.childViewsNotGivenNote ? `: ${plan.childViewsNotGivenNote}` : ''}`
                    : ''),
              ],
            ]}
          />
          <table className="kr-form-table">
            <caption className="kr-visually-hidden">{t('caseFile.goals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseFile.domain')}</th>
                <th scope="col">{t('caseFile.goal')}</th>
                <th scope="col">{t('caseFile.action')}</th>
                <th scope="col">{t('caseFile.who')}</th>
                <th scope="col">{t('caseFile.due')}</th>
                <th scope="col">{t('caseFile.done')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.goals.flatMap((g, gi) =>
                g.actions.map((action, ai) => (
                  <tr key={`${gi}-${ai}`}>
                    <td>{ai === 0 ? t(`values:csiDomain.${g.domain}`) : ''}</td>
                    <td className="kr-long-text">{ai === 0 ? g.goal : ''}</td>
                    <td className="kr-long-text">{action.description}</td>
                    <td>{action.who}</td>
                    <td>{day(action.dueDate, locale)}</td>
                    <td>{day(action.doneOn, locale)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      ) : (
        <Nothing />
      )}
    </Form>
  );
}

function PlacementForm({ overview, locale, reference }: { overview: Overview; locale: Locale; reference: string }) {
  const { t } = useTranslation(['staff', 'values']);
  const placements = inDateOrder(overview.placements, (p) => p.startDate);
  return (
    <Form number={4} title={t('caseFile.forms.placement')} reference={reference}>
      {placements.length === 0 ? (
        <Nothing />
      ) : (
        placements.map((p, i) => (
          <div key={p.id} className="kr-print-keep">
            <h3>{t('caseFile.placementNumber', { number: i + 1 })}</h3>
            <Fields
              rows={[
                [t('caseFile.placementType'), t(`values:placementType.${p.type}`)],
                [t('caseFile.reunification'), p.reunification ? t('caseFile.yes') : t('caseFile.no')],
                [t('caseFile.carer'), p.carerName],
                [t('caseFile.relationship'), p.relationshipToChild ? t(`values:relationship.${p.relationshipToChild}`) : ''],
                [t('caseFile.from'), day(p.startDate, locale)],
                [t('caseFile.to'), p.endDate ? day(p.endDate, locale) : t('caseFile.current')],
                [t('caseFile.reason'), p.reason],
                [t('caseFile.notes'), p.notes],
              ]}
            />
          </div>
        ))
      )}
    </Form>
  );
}

function FollowUpForm({ overview, locale, reference }: { overview: Overview; locale: Locale; reference: string }) {
  const { t } = useTranslation(['staff', 'values']);
  const visits = inDateOrder(overview.followUps, (v) => v.dueDate);
  return (
    <Form number={5} title={t('caseFile.forms.followUp')} reference={reference}>
      {visits.length === 0 ? (
        <Nothing />
      ) : (
        <table className="kr-form-table">
          <caption className="kr-visually-hidden">{t('caseFile.visits')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseFile.due')}</th>
              <th scope="col">{t('caseFile.visitKind')}</th>
              <th scope="col">{t('caseFile.status')}</th>
              <th scope="col">{t('caseFile.done')}</th>
              <th scope="col">{t('caseFile.wellbeing')}</th>
              <th scope="col">{t('caseFile.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <td>{day(v.dueDate, locale)}</td>
                <td>{t(`values:followUpKind.${v.kind}`)}</td>
                <td>{t(`values:followUpStatus.${v.status}`)}</td>
                <td>{day(v.doneOn, locale)}</td>
                <td>{v.wellbeing ? t(`values:followUpWellbeing.${v.wellbeing}`) : '—'}</td>
                <td className="kr-long-text">{[v.purpose, v.notes, v.cancelReason ?? ''].filter(Boolean).join('\n')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Form>
  );
}

function ClosureForm({ overview, locale, reference }: { overview: Overview; locale: Locale; reference: string }) {
  const { t } = useTranslation(['staff', 'values']);
  const closure = recordForForm(overview.closures, (r) => r.closedOn);
  return (
    <Form number={6} title={t('caseFile.forms.closure')} reference={reference}>
      {closure ? (
        <Fields
          rows={[
            [t('caseFile.closedOn'), day(closure.closedOn, locale)],
            [t('caseFile.approval'), t(`values:approvalState.${closure.approvalState}`)],
            [t('caseFile.closureReason'), `${t(`values:closureReason.${closure.reason}`)}${closure.reasonOther ? `: ${closure.reasonOther}` : ''}`],
            [t('caseFile.summary'), closure.summary],
            [t('caseFile.followUpAfterClosure'), day(closure.followUpOn, locale)],
          ]}
        />
      ) : (
        <Nothing />
      )}
    </Form>
  );
}
