// Types for generate.mjs, which tests import to make valid datasets.
export declare const AS_OF: string;
export declare function mulberry32(seed: number): () => number;
export declare function generateDataset(
  dir: string,
  options: { tasks: number; files: number; seed: number; twShiftDays?: number },
): { tasks: number; files: number; bytes: number; counts: Record<string, number>; forms: Record<string, number>; taskwarrior: unknown[] };
