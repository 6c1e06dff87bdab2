// An assessment: the 12 CSI domains scored with reasons, the protection checklist and the re-rated risk.
import { z } from 'zod';
import { protectionConcerns, riskLevels } from '../case/values';
import { Approval } from '../case-workflow/approval';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField, wholeNumberField } from '../case-workflow/fields';
import { CSI_MAX_SCORE, CSI_MIN_SCORE, csiDomains, type CsiDomain } from './values';

const domainScoreInput = (domain: CsiDomain) =>
  z.object(
    {
      score: wholeNumberField(`Score for ${domain}`, CSI_MIN_SCORE, CSI_MAX_SCORE),
      reason: requiredField(`Reason for the ${domain} score`, 1000),
    },
    { error: `${domain}: give a score from 1 to 4 and the reason for it` },
  );
export type DomainScore = { score: number; reason: string };

const scoresShape = Object.fromEntries(csiDomains.map((d) => [d, domainScoreInput(d)])) as Record<
  CsiDomain,
  ReturnType<typeof domainScoreInput>
>;

/** All 12 domains, keyed by domain, so each error's path names its domain (scores.shelter.reason). */
export const CsiScoresInput = z.object(scoresShape, { error: 'Scores: score all 12 domains' });
export type CsiScores = Record<CsiDomain, DomainScore>;

export const AssessmentInput = z.object({
  assessedOn: dateField('Assessment date'),
  scores: CsiScoresInput,
  protectionConcerns: z.array(choiceField('Protection concern', protectionConcerns)).default([]),
  riskLevel: choiceField('Risk level', riskLevels),
  riskReason: optionalField('Reason for the risk level', 2000),
  summary: optionalField('Assessment summary', 4000),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

/** An assessment as stored: the input, who assessed, and its approval. */
export const Assessment = AssessmentInput.extend({
  ...caseRecordShape,
  assessedById: z.string(),
  ...Approval.shape,
});
export type Assessment = z.infer<typeof Assessment>;
