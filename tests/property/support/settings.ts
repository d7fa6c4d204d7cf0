import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

// How many inputs each property tries, and with which seed. In CI (`npm test`)
// every property runs a small fixed number of inputs from seed 42, so a failure
// is reproducible from the log alone. A campaign (`npm run campaign`) sets
// P06_CAMPAIGN_RUNS and P06_SEED to try many more.

const campaignRuns = process.env.P06_CAMPAIGN_RUNS === undefined ? undefined : Number(process.env.P06_CAMPAIGN_RUNS);

export const SEED = process.env.P06_SEED === undefined ? 42 : Number(process.env.P06_SEED);

export const CAMPAIGN = campaignRuns !== undefined && Number.isFinite(campaignRuns) && campaignRuns > 0;

/** A property's own time limit: generous in CI (a loaded machine starts node slowly), none to speak of in a campaign. */
export const PROPERTY_TIMEOUT = CAMPAIGN ? 24 * 3_600_000 : 120_000;

/**
 * numRuns for a property: `ciRuns` under `npm test`; in a campaign
 * P06_CAMPAIGN_RUNS × `campaignShare` (spawning properties take a share, as
 * each of their inputs costs a few node start-ups).
 */
export function numRuns(ciRuns: number, campaignShare = 1): number {
  if (!CAMPAIGN) return ciRuns;
  return Math.max(1, Math.round(campaignRuns! * campaignShare));
}

/**
 * fc.assert with the fixed seed. fast-check's message names the seed, the
 * path and the shrunk counterexample; it is rethrown unchanged so vitest
 * prints all of it. In a campaign each property appends one line of figures
 * to P06_CAMPAIGN_LOG.
 */
export async function checkProperty<T>(name: string, property: fc.IAsyncProperty<T>, ciRuns: number, campaignShare = 1): Promise<void> {
  const runs = numRuns(ciRuns, campaignShare);
  const started = Date.now();
  let ok = false;
  try {
    await fc.assert(property, { seed: SEED, numRuns: runs });
    ok = true;
  } finally {
    const log = process.env.P06_CAMPAIGN_LOG;
    if (log) appendFileSync(log, JSON.stringify({ property: name, seed: SEED, runs, ms: Date.now() - started, ok }) + '\n');
  }
}
