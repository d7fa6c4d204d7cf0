declare const P06_VERSION: string | undefined;

/** Set by the bundler from package.json; "dev" when run from source in tests. */
export const VERSION: string = typeof P06_VERSION === 'string' ? P06_VERSION : 'dev';
