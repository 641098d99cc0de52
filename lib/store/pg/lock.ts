/**
 * The SQL for an advisory lock key. Keyed by schema as well, so test stores kept in their own schemas of
 * one database never wait on each other.
 */
export const lockKey = (purpose: 'migrate' | 'write'): string =>
  `hashtext('clinic-handouts:${purpose}:' || coalesce(current_schema(), ''))`;
