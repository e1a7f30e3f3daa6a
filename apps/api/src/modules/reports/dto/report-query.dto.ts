import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { blankToUndefined, ISO_DATE, ISO_DATE_MESSAGE } from '../../../common/http/query-params';
import { DEPARTMENTS, GENDERS, MODALITIES, SDG_TARGET_PATTERN } from '@campus/domain';
import type { Department, Gender, Modality, ReportFilters } from '@campus/domain';

const toBoolean = ({ value }: { value: unknown }) => (value === true || value === 'true' || value === '1' ? true : value === false || value === 'false' || value === '0' || value === '' || value === undefined ? false : value);

/** The period and filters of every report (libs/domain `ReportFilters`); `suppress` hides small gender cells. */
export class ReportQueryDto {
  @ApiProperty({ format: 'date', description: 'Primer día del periodo (La Paz), inclusive' })
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date', description: 'Último día del periodo (La Paz), inclusive' })
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  to: string;

  @ApiPropertyOptional({ enum: DEPARTMENTS, description: 'Departamento del municipio de la persona' })
  @IsOptional() @Transform(blankToUndefined) @IsIn(DEPARTMENTS, { message: 'Elija un departamento de la lista' })
  department?: Department;

  @ApiPropertyOptional({ format: 'uuid', description: 'Municipio de la persona' })
  @IsOptional() @Transform(blankToUndefined) @IsUUID('all', { message: 'Elija un municipio de la lista' })
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Área de gestión (competencias) del curso' })
  @IsOptional() @Transform(blankToUndefined) @IsUUID('all', { message: 'Elija un área de la lista' })
  areaId?: string;

  @ApiPropertyOptional({ enum: MODALITIES, description: 'Modalidad en que se dictó la cohorte' })
  @IsOptional() @Transform(blankToUndefined) @IsIn(MODALITIES, { message: 'Elija una modalidad de la lista' })
  modality?: Modality;

  @ApiPropertyOptional({ format: 'uuid', description: 'Curso' })
  @IsOptional() @Transform(blankToUndefined) @IsUUID('all', { message: 'Elija un curso de la lista' })
  courseId?: string;

  @ApiPropertyOptional({ enum: GENDERS, description: 'Género de la persona' })
  @IsOptional() @Transform(blankToUndefined) @IsIn(GENDERS, { message: 'Elija un género de la lista' })
  gender?: Gender;

  @ApiPropertyOptional({ example: '16.6', description: 'Meta ODS que atiende el curso' })
  @IsOptional() @Transform(blankToUndefined) @Matches(SDG_TARGET_PATTERN, { message: 'Use una meta ODS como 16.6' })
  sdgTarget?: string;

  @ApiPropertyOptional({ default: false, description: 'Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'Debe ser sí o no' })
  suppress?: boolean;
}

/** The filters alone (no presentation options), as the report and the audit log record them. */
export const filtersOf = (query: ReportQueryDto): ReportFilters => {
  const { from, to, department, municipalityId, areaId, modality, courseId, gender, sdgTarget } = query;
  const filters: ReportFilters = { from, to };
  if (department) filters.department = department;
  if (municipalityId) filters.municipalityId = municipalityId;
  if (areaId) filters.areaId = areaId;
  if (modality) filters.modality = modality;
  if (courseId) filters.courseId = courseId;
  if (gender) filters.gender = gender;
  if (sdgTarget) filters.sdgTarget = sdgTarget;
  return filters;
};
