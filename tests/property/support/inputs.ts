import fc from 'fast-check';
import { dataset, datasetFiles } from './generate.js';
import { hostileCase } from './hostile.js';
import type { Files } from './run.js';

/** A data folder and the day to run it on: half valid datasets, half hostile folders. */
export interface FolderInput {
  files: Files;
  asOf: string;
}

export const anyFolder: fc.Arbitrary<FolderInput> = fc.oneof(
  dataset.map((ds) => ({ files: datasetFiles(ds), asOf: ds.asOf })),
  hostileCase.map((c) => ({ files: c.files, asOf: '2024-06-30' })),
);
