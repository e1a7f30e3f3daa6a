import type { Schemas } from '@campus/api-client';

export type CompetencyItemDto = Schemas['CompetencyItemDto'];
export type CreateCompetencyRequest = Schemas['CreateCompetencyItemDto'];
export type UpdateCompetencyRequest = Schemas['UpdateCompetencyItemDto'];
export type CompetencyImportResultDto = Schemas['CompetencyImportResultDto'];

/** The two file formats of the framework: CSV for spreadsheets, CASE (1EdTech) for other systems. */
export type FrameworkFormat = 'csv' | 'case';
