// Value lists for a case (docs/DESIGN.md §4). Labels live in the i18n files, keyed by these values.
export const caseStatuses = ['open', 'closed', 'transferred', 'duplicate'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStages = ['registered', 'assessment', 'case_plan', 'implementation', 'review', 'closure'] as const;
export type CaseStage = (typeof caseStages)[number];

export const riskLevels = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const caseSources = ['intake', 'hive_need', 'referral', 'hotline'] as const;
export type CaseSource = (typeof caseSources)[number];

export const protectionConcerns = [
  'physical_abuse', 'sexual_abuse', 'emotional_abuse', 'neglect', 'abandonment', 'child_labour',
  'trafficking', 'unsafe_migration', 'domestic_violence', 'substance_abuse_in_family', 'in_conflict_with_law',
  'separated_from_family', 'residential_care', 'disability_without_support', 'school_dropout', 'early_marriage',
] as const;
export type ProtectionConcern = (typeof protectionConcerns)[number];
