import { dataSafetyDrill } from './data-safety';
import { drillSigkill } from './sigkill';

export default dataSafetyDrill('sigkill', 'SIGKILL during a write load: every acknowledged write survives, integrity_check ok', () => drillSigkill({ rounds: 3 }));
