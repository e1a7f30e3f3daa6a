/** Shapes of the catalogue API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type CataloguePageDto = Schemas['CataloguePageDto'];
export type CatalogueCourseSummaryDto = Schemas['CatalogueCourseSummaryDto'];
export type CatalogueCohortSummaryDto = Schemas['CatalogueCohortSummaryDto'];
export type CatalogueCourseDetailDto = Schemas['CatalogueCourseDetailDto'];
export type CatalogueCohortDto = Schemas['CatalogueCohortDto'];
export type CatalogueOutlineDto = Schemas['CatalogueOutlineDto'];
export type CatalogueHeadlineDto = Schemas['CatalogueHeadlineDto'];
/** An item of the competency framework (GET /api/competencies), for the area and sub-area filters. */
export type FrameworkItemDto = Schemas['CompetencyItemDto'];
