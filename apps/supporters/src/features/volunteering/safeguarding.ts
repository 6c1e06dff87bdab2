// What a volunteer still needs before shifts near children are confirmed: a background check and the signed
// code of conduct, both recorded by staff.

export type SafeguardingState = {
  status: 'pending' | 'cleared' | 'not_recorded' | 'revoked';
  backgroundCheckOn: string | null;
  codeOfConductSignedOn: string | null;
};
export type SafeguardingStep = 'backgroundCheck' | 'codeOfConduct' | 'revoked';

export function missingSafeguarding(state: SafeguardingState): SafeguardingStep[] {
  if (state.status === 'cleared') return [];
  if (state.status === 'revoked') return ['revoked'];
  const missing: SafeguardingStep[] = [];
  if (!state.backgroundCheckOn) missing.push('backgroundCheck');
  if (!state.codeOfConductSignedOn) missing.push('codeOfConduct');
  // Both dates but not cleared should not happen; say that staff still have to confirm rather than nothing.
  return missing.length ? missing : ['backgroundCheck', 'codeOfConduct'];
}

/** Today in Cambodia as yyyy-mm-dd, the day the server counts shifts by. */
export { cambodiaToday } from '@kruosar/domain';
