/** Shapes of the teaching API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type TeachingCohortDto = Schemas['TeachingCohortDto'];
export type TeachingSessionDto = Schemas['TeachingSessionDto'];
export type AttendanceSheetDto = Schemas['AttendanceSheetDto'];
export type AttendanceRowDto = Schemas['AttendanceRowDto'];
export type AttendanceCountsDto = Schemas['AttendanceCountsDto'];
export type SaveAttendanceRequest = Schemas['SaveAttendanceDto'];
export type RosterDto = Schemas['RosterDto'];
export type RosterRowDto = Schemas['RosterRowDto'];
export type GradeResultDto = Schemas['GradeResultDto'];

export type AttendanceMark = AttendanceRowDto['status'] & string;
export type RosterFormat = 'csv' | 'xlsx';
