// Everything the case page's workflow tab shows, in one scoped read with one audit entry.
import type { Assessment, Closure, Referral, Service } from '@kruosar/domain';
import type { Db } from '../client';
import { readAssessments } from './assessments';
import { readCasePlans, type CasePlanView } from './case-plans';
import { auditRead, findWorkflowState, type WorkflowState, type Work } from './case-workflow';
import { readClosures } from './closures';
import { readFollowUps, type FollowUpView } from './follow-ups';
import { readPlacements, type PlacementView } from './placements';
import { readReferrals } from './referrals';
import { readServices } from './services';

export type WorkflowOverview = {
  state: WorkflowState;
  assessments: Assessment[];
  casePlans: CasePlanView[];
  services: Service[];
  placements: PlacementView[];
  followUps: FollowUpView[];
  referrals: Referral[];
  closures: Closure[];
};

/** The case's workflow records. The per-record lists exist too; this saves the page six reads and six audit entries. */
export function findWorkflowOverview(db: Db, w: Work, caseId: string): WorkflowOverview {
  const state = findWorkflowState(db, w, caseId);
  auditRead(db, w, { action: 'case.workflow_read', entity: 'case', caseId: state.caseId });
  return {
    state,
    assessments: readAssessments(db, state.caseId),
    casePlans: readCasePlans(db, state.caseId, w.now),
    services: readServices(db, state.caseId),
    placements: readPlacements(db, state.caseId),
    followUps: readFollowUps(db, state.caseId, w.now),
    referrals: readReferrals(db, state.caseId),
    closures: readClosures(db, state.caseId),
  };
}
