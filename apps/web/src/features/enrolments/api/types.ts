/** Shapes of the enrolments API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type EnrolmentDto = Schemas['EnrolmentDto'];
export type EnrolmentPageDto = Schemas['EnrolmentPageDto'];
export type BulkEnrolResultDto = Schemas['BulkEnrolResultDto'];
