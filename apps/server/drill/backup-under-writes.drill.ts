import { drillBackupUnderWrites } from './backup-under-writes';
import { dataSafetyDrill } from './data-safety';

export default dataSafetyDrill('backup-under-writes', 'backup during writes, then restore: same row counts, whole audit chain', () => drillBackupUnderWrites({ megabytes: 4 }));
