/** Shapes of the courses API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type CourseSummaryDto = Schemas['CourseSummaryDto'];
export type CoursePageDto = Schemas['CoursePageDto'];
export type CourseDto = Schemas['CourseDto'];
export type CourseCompetencyDto = Schemas['CourseCompetencyDto'];
export type CourseContentDto = Schemas['CourseContentDto'];
export type CourseModuleDto = Schemas['CourseModuleDto'];
export type CourseActivityDto = Schemas['CourseActivityDto'];
export type QuizQuestionDto = Schemas['QuizQuestionDto'];
export type FrameworkItemDto = Schemas['CompetencyItemDto'];

export type CreateCourseRequest = Schemas['CreateCourseDto'];
export type UpdateCourseRequest = Schemas['UpdateCourseDto'];
export type CreateModuleRequest = Schemas['CreateModuleDto'];
export type UpdateModuleRequest = Schemas['UpdateModuleDto'];
export type CreateActivityRequest = Schemas['CreateActivityDto'];
export type UpdateActivityRequest = Schemas['UpdateActivityDto'];
export type QuestionRequest = Schemas['QuestionInputDto'];
