/** Shapes of the learning and competency-profile APIs' JSON, from the types generated out of the OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type LearningEnrolmentDto = Schemas['LearningEnrolmentDto'];
export type LearningOutlineDto = Schemas['LearningOutlineDto'];
export type OutlineModuleDto = Schemas['OutlineModuleDto'];
export type OutlineActivityDto = Schemas['OutlineActivityDto'];
export type CompletionCheckDto = Schemas['CompletionCheckDto'];
export type ActivityContentDto = Schemas['ActivityContentDto'];
export type LearnerQuizDto = Schemas['LearnerQuizDto'];
export type LearnerQuestionDto = Schemas['LearnerQuestionDto'];
export type SaveProgressRequest = Schemas['SaveProgressDto'];
export type SavedProgressDto = Schemas['SavedProgressDto'];
export type SubmitAttemptRequest = Schemas['SubmitAttemptDto'];
export type AnswerRequest = Schemas['AnswerDto'];
export type AttemptResultDto = Schemas['AttemptResultDto'];
export type CompetencyProfileDto = Schemas['CompetencyProfileDto'];
export type ProfileCompetencyDto = Schemas['ProfileCompetencyDto'];
export type CompetencyRecordDto = Schemas['CompetencyRecordDto'];
export type CreateCompetencyRecordRequest = Schemas['CreateCompetencyRecordDto'];
