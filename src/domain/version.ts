declare const P06_VERSION: string | undefined;
declare const P06_BUILD: string | undefined;

/** Set by the bundler from package.json; "dev" when run from source in tests. */
export const VERSION: string = typeof P06_VERSION === 'string' ? P06_VERSION : 'dev';

/** Changes with every change of source or dependencies; part of every cache key. */
export const BUILD: string = typeof P06_BUILD === 'string' ? P06_BUILD : 'dev';
