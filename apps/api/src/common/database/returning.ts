import type { EntityManager } from 'typeorm';

/**
 * Runs an `UPDATE … RETURNING …` and gives back the returned rows. (TypeORM's postgres driver
 * answers an UPDATE with `[rows, affectedCount]` rather than the rows alone.)
 */
export const updateReturning = async <Row>(manager: Pick<EntityManager, 'query'>, sql: string, parameters: unknown[]): Promise<Row[]> => {
  const result: unknown[] = await manager.query(sql, parameters);
  return (Array.isArray(result[0]) ? result[0] : result) as Row[];
};
