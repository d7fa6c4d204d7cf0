// Kept apart from the Zod schemas so that code which needs only the names
// (filters, the cached path) does not load Zod.
export const STATUSES = ['not_started', 'in_progress', 'done', 'recurring', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

/** Open: not started or in progress (SPEC §2.2); the only tasks that can be overdue, at risk or blocked. */
export const isOpen = (status: Status): boolean => status === 'not_started' || status === 'in_progress';
