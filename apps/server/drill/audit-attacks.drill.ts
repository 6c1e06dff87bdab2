import { drillAuditAttacks } from './audit-attacks';
import { dataSafetyDrill } from './data-safety';

export default dataSafetyDrill('audit-attacks', 'audit log truncated, rewritten and re-chained: each detected', drillAuditAttacks);
