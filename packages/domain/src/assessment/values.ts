// The Child Status Index: 12 domains of a child's wellbeing, each scored 1 (bad) to 4 (good).
export const csiDomains = [
  'food_security', 'nutrition_growth', 'shelter', 'care', 'abuse_exploitation', 'legal_protection',
  'wellness', 'health_care_services', 'emotional_health', 'social_behaviour', 'performance', 'education_work',
] as const;
export type CsiDomain = (typeof csiDomains)[number];

/** The six CSI factors the domains pair up into, for grouping on the assessment form and the MoSVY print. */
export const csiFactorOf: Readonly<Record<CsiDomain, string>> = {
  food_security: 'food_nutrition',
  nutrition_growth: 'food_nutrition',
  shelter: 'shelter_care',
  care: 'shelter_care',
  abuse_exploitation: 'protection',
  legal_protection: 'protection',
  wellness: 'health',
  health_care_services: 'health',
  emotional_health: 'psychosocial',
  social_behaviour: 'psychosocial',
  performance: 'education_skills',
  education_work: 'education_skills',
};

export const CSI_MIN_SCORE = 1;
export const CSI_MAX_SCORE = 4;
/** Scores of 1 (very bad) and 2 (bad) mark a domain the case plan must answer. */
export const WEAK_SCORE_MAX = 2;
