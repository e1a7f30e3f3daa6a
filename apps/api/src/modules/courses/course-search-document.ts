import type { EntityManager } from 'typeorm';

/**
 * Rewrites a course's `search_document` (the low-weight part of its full-text vector) from the
 * names and codes of its area, sub-area and the competencies it grants, so a search for
 * "riesgos" also finds a course filed under "Gestión de riesgos de desastres". Call it in the same
 * transaction as any change to those links.
 */
export const refreshCourseSearchDocument = async (manager: EntityManager, courseId: string): Promise<void> => {
  await manager.query(
    `UPDATE courses c SET search_document = concat_ws(' ',
        (SELECT a.name FROM competency_items a WHERE a.id = c.area_id),
        (SELECT s.name FROM competency_items s WHERE s.id = c.sub_area_id),
        (SELECT string_agg(i.name, ' ' ORDER BY i.code) FROM course_competencies cc
           JOIN competency_items i ON i.id = cc.competency_id WHERE cc.course_id = c.id))
     WHERE c.id = $1`,
    [courseId],
  );
};
