import { atRisk } from './at-risk.js';
import { list } from './list.js';
import { overdue } from './overdue.js';
import type { ReportDefinition } from './report-definition.js';
import { show } from './show.js';
import { summary } from './summary.js';

/** Every report command, in the order `--help` lists them. */
export const REPORTS: readonly ReportDefinition[] = [overdue, atRisk, summary, list, show];
