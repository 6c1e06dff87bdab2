// Value lists of a hive need, free of zod so a phone's first load can show them without the schemas.
export const needCategories = [
  'child_at_risk_of_separation', 'violence_or_abuse', 'food', 'school', 'health', 'disability',
  'documents', 'shelter', 'livelihood', 'other',
] as const;
export type NeedCategory = (typeof needCategories)[number];

export const needUrgencies = ['urgent', 'soon', 'can_wait'] as const;
export type NeedUrgency = (typeof needUrgencies)[number];

/** 'withdrawn': taken back by the volunteer who reported it, before staff triaged it. */
export const needStatuses = ['received', 'triaged', 'linked_to_case', 'referred', 'resolved', 'not_actionable', 'withdrawn'] as const;
export type NeedStatus = (typeof needStatuses)[number];

export const NEED_DESCRIPTION_MAX = 2000;
