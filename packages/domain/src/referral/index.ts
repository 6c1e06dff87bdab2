// Referrals to partners and colleagues, and transfers between caseworkers.
export * from './schemas';
export * from './rules';
export * from './transfer';
