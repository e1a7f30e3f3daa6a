import type { components } from '@campus/api-client';

type Schemas = components['schemas'];
export type SelectionDto = Schemas['SelectionDto'];
export type SelectionApplication = Schemas['SelectionApplicationDto'];
export type SelectionUnit = Schemas['SelectionUnitDto'];
export type ProposalDto = Schemas['ProposalDto'];
export type ConfirmPlacementsRequest = Schemas['ConfirmPlacementsDto'];
export type ConfirmResult = Schemas['ConfirmResultDto'];
export type FollowUpPlacement = Schemas['FollowUpPlacementDto'];
export type FollowUpDetail = Schemas['FollowUpDetailDto'];
export type CreateFollowUpRequest = Schemas['CreateFollowUpDto'];
export type InternshipReport = Schemas['InternshipReportDto'];
export type ReportRow = Schemas['ReportRowDto'];
export type ReportFormat = 'csv' | 'xlsx';
export interface FollowUpBoardFilters {
  municipalityId?: string;
  hostUnitId?: string;
  status?: 'not_started' | 'in_progress' | 'implemented' | 'none';
}
