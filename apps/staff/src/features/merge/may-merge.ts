// Who sees "Mark as the same as…": merging is a supervisor's (or an admin's) decision; the server checks it again.
export const mayMerge = (role: string) => role === 'supervisor' || role === 'admin';
