/** Git without the developer's own configuration (signing, hooks, the default branch). */
export const GIT_NO_USER_CONFIG = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** The environment a test's own git commands run in: no user configuration, and an author and committer of its own. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  ...GIT_NO_USER_CONFIG,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};
