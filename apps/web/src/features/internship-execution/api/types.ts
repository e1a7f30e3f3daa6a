/** Shapes of the internship execution API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type PlacementExecutionSummary = Schemas['PlacementExecutionSummaryDto'];
export type PlacementExecution = Schemas['PlacementExecutionDto'];
export type LogbookEntry = Schemas['LogbookEntryDto'];
export type LogbookEntryInput = Schemas['LogbookEntryInputDto'];
export type SaveWorkPlanRequest = Schemas['SaveWorkPlanDto'];
export type FinalReportRequest = Schemas['FinalReportDto'];
export type EvaluateRequest = Schemas['EvaluatePlacementDto'];
