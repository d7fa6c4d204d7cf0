import type { Day } from './calendar.js';

export type RiskCode = 'due-soon' | 'dependency-overdue' | 'dependency-late' | 'dependency-at-risk';

/**
 * Why a task is at risk (SPEC §3), carrying the facts its wording needs, so
 * that a renderer never has to look another task up to say it.
 */
export type RiskReason =
  | { code: 'due-soon'; daysLeft: number; due: Day }
  | { code: 'dependency-overdue'; task: string; daysOverdue: number }
  | { code: 'dependency-late'; task: string; due: Day }
  | { code: 'dependency-at-risk'; task: string };

/** The computed states of a task that words describe (list, show). */
export interface TaskStates {
  overdue: boolean;
  daysOverdue?: number;
  atRisk: boolean;
  blocked: boolean;
  doneLate: boolean;
}
