import type { CourseStatus } from '@campus/domain';
import { CatalogueException, CatalogueExceptionCode } from './catalogue.exception';

/**
 * The one rule of what the catalogue shows (DESIGN.md, roles): published courses only, to every
 * signed-in person whatever their roles. Drafts and archived courses do not exist here: asking
 * for one is "not found", so nothing about it is revealed. Course editors see them through the
 * course management API instead.
 */
export const CATALOGUE_STATUS: CourseStatus = 'published';

export function requireInCatalogue<T extends { status: CourseStatus }>(course: T | undefined): asserts course is T {
  if (!course || course.status !== CATALOGUE_STATUS) {
    throw new CatalogueException(CatalogueExceptionCode.CourseNotFound, 'Curso no encontrado en el catálogo');
  }
}
