// Who may write stories: in a module of its own, so the route table can ask without loading the stories screens.
import type { Role } from '@kruosar/domain';

export const mayWriteStories = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'caseworker';
