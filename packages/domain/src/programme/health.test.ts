import { describe, expect, it } from 'vitest';
import { bmiOf, growthIndication, healthCheckProblem, HealthCheckInput, referralOutcomeProblem } from './health';

const on = '2026-11-20';

describe('health check plausibility', () => {
  it('accepts a child and refuses weights, heights and pairs no child has, naming the field', () => {
    expect(healthCheckProblem({ weightKg: 24.5, heightCm: 128, on }, null)).toBeNull();
    expect(healthCheckProblem({ weightKg: 245, heightCm: 128, on }, null)).toMatchObject({ messageKey: 'errors.weightImplausible', field: 'weightKg' });
    expect(healthCheckProblem({ weightKg: 24, heightCm: 1.28, on }, null)).toMatchObject({ messageKey: 'errors.heightImplausible', field: 'heightCm' });
    // 60 kg at 100 cm is a BMI of 60: one of the two was typed wrong.
    expect(healthCheckProblem({ weightKg: 60, heightCm: 100, on }, null)).toMatchObject({ messageKey: 'errors.bodyImplausible' });
    expect(healthCheckProblem({ weightKg: 5, heightCm: 150, on }, null)).toMatchObject({ messageKey: 'errors.bodyImplausible' });
  });

  it('refuses a child who shrank or whose weight jumped since the last check, but not a check from later', () => {
    const previous = { heldOn: '2026-08-20', weightKg: 25, heightCm: 130 };
    expect(healthCheckProblem({ weightKg: 25.5, heightCm: 126, on }, previous)).toMatchObject({ messageKey: 'errors.heightShrank', field: 'heightCm' });
    expect(healthCheckProblem({ weightKg: 25.5, heightCm: 127.5, on }, previous)).toBeNull();
    expect(healthCheckProblem({ weightKg: 36, heightCm: 131, on }, previous)).toMatchObject({ messageKey: 'errors.weightJump' });
    expect(healthCheckProblem({ weightKg: 36, heightCm: 131, on }, { ...previous, heldOn: '2024-08-20' })).toBeNull();
    expect(healthCheckProblem({ weightKg: 25, heightCm: 120, on }, { ...previous, heldOn: '2026-12-01' })).toBeNull();
  });

  it('reads Khmer digits and a decimal comma', () => {
    expect(HealthCheckInput.parse({ sessionId: 's', participantId: 'p', weightKg: '២៤,៥', heightCm: '128' })).toMatchObject({ weightKg: 24.5, heightCm: 128, referral: null, expectedVersion: null });
    expect(HealthCheckInput.safeParse({ sessionId: 's', participantId: 'p', weightKg: 'abc', heightCm: '128' }).success).toBe(false);
  });
});

describe('growth indication', () => {
  it('computes BMI to one decimal', () => {
    expect(bmiOf(24.5, 128)).toBe(15);
    expect(bmiOf(30, 140)).toBe(15.3);
  });

  it('is ok for a child in the middle of the range, with no earlier check', () => {
    expect(growthIndication({ weightKg: 24.5, heightCm: 128, on, birthYear: 2018 }, null)).toEqual({ bmi: 15, flags: [], indication: 'ok' });
  });

  it('is a concern on a loss of 5% or more, and on a low BMI from age 5 only', () => {
    const previous = { heldOn: '2026-10-20', weightKg: 26, heightCm: 127 };
    expect(growthIndication({ weightKg: 24.7, heightCm: 128, on, birthYear: 2018 }, previous)).toMatchObject({ flags: ['weight_loss'], indication: 'concern' });
    expect(growthIndication({ weightKg: 24.8, heightCm: 128, on, birthYear: 2018 }, previous)).toMatchObject({ flags: [], indication: 'ok' });
    // 19 kg at 125 cm is a BMI of 12.2: low at 8, not judged by BMI at 4.
    expect(growthIndication({ weightKg: 19, heightCm: 125, on, birthYear: 2018 }, null)).toMatchObject({ flags: ['low_bmi'], indication: 'concern' });
    expect(growthIndication({ weightKg: 12, heightCm: 99, on, birthYear: 2022 }, null)).toMatchObject({ flags: [], indication: 'ok' });
  });

  it('watches a child who has not gained in three months, and a high BMI', () => {
    const previous = { heldOn: '2026-08-20', weightKg: 25, heightCm: 127 };
    expect(growthIndication({ weightKg: 25, heightCm: 128, on, birthYear: 2018 }, previous)).toMatchObject({ flags: ['no_gain'], indication: 'watch' });
    expect(growthIndication({ weightKg: 25, heightCm: 128, on, birthYear: 2018 }, { ...previous, heldOn: '2026-09-20' })).toMatchObject({ flags: [], indication: 'ok' });
    expect(growthIndication({ weightKg: 45, heightCm: 128, on, birthYear: 2016 }, null)).toMatchObject({ flags: ['high_bmi'], indication: 'watch' });
  });
});

describe('referral outcome', () => {
  it('is dated between the referral and today', () => {
    expect(referralOutcomeProblem('2026-11-25', '2026-11-20', '2026-12-01')).toBeNull();
    expect(referralOutcomeProblem('2026-11-19', '2026-11-20', '2026-12-01')).toMatchObject({ messageKey: 'errors.referralOutcomeDate', field: 'outcomeOn' });
    expect(referralOutcomeProblem('2026-12-02', '2026-11-20', '2026-12-01')).not.toBeNull();
  });
});
