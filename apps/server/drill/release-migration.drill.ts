import { dataSafetyDrill } from './data-safety';
import { drillReleaseMigration } from './release-migration';

export default dataSafetyDrill('release-migration', "each earlier release's database migrated with every record intact", drillReleaseMigration);
