/** Shapes of the cohorts API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type CohortSummaryDto = Schemas['CohortSummaryDto'];
export type CohortDto = Schemas['CohortDto'];
export type SavedCohortDto = Schemas['SavedCohortDto'];
export type CohortFacilitatorDto = Schemas['CohortFacilitatorDto'];
export type CohortSessionDto = Schemas['CohortSessionDto'];
export type SavedCohortSessionDto = Schemas['SavedCohortSessionDto'];
export type CohortSessionSeriesResultDto = Schemas['CohortSessionSeriesResultDto'];
export type CohortConflictDto = Schemas['CohortConflictDto'];
export type CalendarSessionDto = Schemas['CalendarSessionDto'];

export type CreateCohortRequest = Schemas['CreateCohortDto'];
export type UpdateCohortRequest = Schemas['UpdateCohortDto'];
export type CreateSessionRequest = Schemas['CreateCohortSessionDto'];
export type UpdateSessionRequest = Schemas['UpdateCohortSessionDto'];
export type CreateSessionSeriesRequest = Schemas['CreateCohortSessionSeriesDto'];

/** What the cohort form needs of the course: its name and the modality a cohort takes by default. */
export type CohortCourse = Pick<Schemas['CourseDto'], 'id' | 'code' | 'title' | 'modality' | 'status'>;
/** A person who may facilitate (active, with the facilitator role). */
export type FacilitatorOption = Pick<Schemas['UserDto'], 'id' | 'fullName'>;
