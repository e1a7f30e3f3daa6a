import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  COMPETENCY_CODE_PATTERN, COMPETENCY_DESCRIPTION_MAX, COMPETENCY_ITEM_KINDS, COMPETENCY_NAME_MAX, COMPETENCY_POSITION_MAX,
} from '@campus/domain';
import type { CompetencyItemKind } from '@campus/domain';
import type { CompetencyItem } from '../entities/competency-item.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty description is no description; line breaks are stored as \n (as the imports store them). */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() || null : value);
/** Only `true`/`false`: anything else is refused rather than read as false. */
const strictBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CompetencyItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMPETENCY_ITEM_KINDS, description: 'area = área de gestión, sub_area = sub-área, competency = competencia' })
  kind: CompetencyItemKind;
  @ApiProperty({ example: 'A08.2.1' }) code: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'El área de una sub-área, la sub-área de una competencia; null en las áreas' })
  parentId: string | null;
  @ApiProperty({ example: 'Gestión de riesgos de desastres' }) name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ description: 'Orden entre sus hermanos (luego por código)' }) position: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Retirado: ya no se ofrece, pero los cursos y registros lo conservan' })
  retiredAt: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const toCompetencyItemDto = (item: CompetencyItem): CompetencyItemDto => ({
  id: item.id,
  kind: item.kind,
  code: item.code,
  parentId: item.parentId,
  name: item.name,
  description: item.description,
  position: item.position,
  retiredAt: item.retiredAt ? item.retiredAt.toISOString() : null,
  updatedAt: item.updatedAt.toISOString(),
});

export class CompetencyQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Incluir los elementos retirados' })
  @IsOptional() @Transform(strictBoolean) @IsBoolean()
  includeRetired: boolean = false;
}

export class CreateCompetencyItemDto {
  @ApiProperty({ enum: COMPETENCY_ITEM_KINDS })
  @IsIn(COMPETENCY_ITEM_KINDS)
  kind: CompetencyItemKind;

  @ApiProperty({ example: 'A08.2.3', description: 'Único; letras, dígitos, «.», «-» o «_» (hasta 32)' })
  @Transform(trim) @IsNotEmpty()
  @Matches(COMPETENCY_CODE_PATTERN, { message: 'Use hasta 32 letras, dígitos, «.», «-» o «_» (por ejemplo A08.2.3)' })
  code: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Obligatorio salvo en las áreas: el área de una sub-área, la sub-área de una competencia' })
  @ValidateIf((dto: CreateCompetencyItemDto) => dto.parentId !== null && dto.parentId !== undefined)
  @IsUUID()
  parentId?: string | null;

  @ApiProperty({ example: 'Elabora planes de contingencia ante desastres' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(COMPETENCY_NAME_MAX)
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(COMPETENCY_DESCRIPTION_MAX)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Orden entre sus hermanos; por omisión, al final' })
  @IsOptional() @IsInt() @Min(0) @Max(COMPETENCY_POSITION_MAX)
  position?: number;
}

/** Everything but the kind, which never changes (retire the item and create another). */
export class UpdateCompetencyItemDto extends PartialType(OmitType(CreateCompetencyItemDto, ['kind'] as const)) {}

export const IMPORT_FORMATS = ['csv', 'case'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export class CompetencyImportQueryDto {
  @ApiProperty({ enum: IMPORT_FORMATS, description: 'csv: columnas tipo;codigo;codigo_padre;nombre;descripcion;orden;retirado_el — case: paquete 1EdTech CASE 1.0 (JSON)' })
  @IsIn(IMPORT_FORMATS)
  format: ImportFormat;

  @ApiPropertyOptional({ default: false, description: 'Solo validar: no guarda nada' })
  @IsOptional() @Transform(strictBoolean) @IsBoolean()
  dryRun: boolean = false;
}

export class CompetencyImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'Elementos nuevos' }) created: number;
  @ApiProperty({ description: 'Elementos existentes modificados' }) updated: number;
  @ApiProperty({ description: 'Elementos del archivo iguales a los del marco' }) unchanged: number;
  @ApiProperty({ description: 'Elementos activos que el archivo retira' }) retired: number;
  @ApiProperty({ description: 'Elementos retirados que el archivo vuelve a activar' }) restored: number;
}
