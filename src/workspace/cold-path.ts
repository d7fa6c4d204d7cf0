// Everything that needs the YAML parser and Zod. Imported dynamically, so a
// run that the cache can answer never loads either.
import { parseSource, renamed, type LoadedFile } from '../load/parse-source.js';
import type { SourceFile } from '../load/read-sources.js';
import { validateConfig } from '../validate/validate-config.js';
import { validateDataset, type ValidateOptions, type Validation } from '../validate/validate-dataset.js';

export function validateConfigSource(source: SourceFile, maxBytes: number) {
  return validateConfig(parseSource(source, maxBytes));
}

/** Parsed files kept with their validation, for the review, which needs each head file's locator. */
export function loadAndValidate(sources: readonly SourceFile[], maxBytes: number, options: ValidateOptions) {
  // A revision's names of one blob share its bytes: parsed once, then given each name.
  const parsed = new Map<Uint8Array, LoadedFile>();
  const loaded = sources.map((s) => {
    if (s.bytes === undefined || s.error !== undefined) return parseSource(s, maxBytes);
    const known = parsed.get(s.bytes);
    if (known !== undefined) return renamed(known, s.file);
    const fresh = parseSource(s, maxBytes);
    parsed.set(s.bytes, fresh);
    return fresh;
  });
  return { loaded, validation: validateDataset(loaded, options) };
}

/** `sources` are read as they are asked for, one at a time; `progress` hears after each file is checked: how many of `count`. */
export function validateSources(sources: Iterable<SourceFile>, count: number, maxBytes: number, options: ValidateOptions, progress?: (done: number, total: number) => void): Validation {
  // A generator, so each file's bytes and parsed document can be dropped before the next is read.
  function* parsed() {
    let done = 0;
    for (const s of sources) {
      yield parseSource(s, maxBytes);
      progress?.(++done, count);
    }
  }
  return validateDataset(parsed(), options);
}
