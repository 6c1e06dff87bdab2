// Response targets by risk level: a case not contacted by its target is flagged on the dashboard.
import type { RiskLevel } from './values';

const HOUR = 60 * 60 * 1000;
export const firstContactTargetHours: Record<RiskLevel, number> = { high: 24, medium: 72, low: 7 * 24 };

export function firstContactDueAt(registeredAt: string, risk: RiskLevel): string {
  return new Date(Date.parse(registeredAt) + firstContactTargetHours[risk] * HOUR).toISOString();
}

/** A case is past its target when nobody has contacted the child and the due time has gone by. */
export function isPastFirstContactTarget(
  c: { registeredAt: string; riskLevel: RiskLevel; firstContactAt: string | null },
  now: string,
): boolean {
  return c.firstContactAt === null && Date.parse(firstContactDueAt(c.registeredAt, c.riskLevel)) < Date.parse(now);
}
