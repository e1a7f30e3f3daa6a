import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { blankToUndefined, ISO_DATE, ISO_DATE_MESSAGE } from '../../../common/http/query-params';

/** Action codes are lower-case words joined by dots and underscores (`enrolment.approve`). */
const ACTION = /^[a-z0-9_.-]+$/;

/** The filters of the audit log viewer and of its CSV export. */
export class AuditFilterDto {
  @ApiPropertyOptional({ format: 'date', description: 'Desde este día (La Paz), inclusive' })
  @IsOptional() @Transform(blankToUndefined) @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Hasta este día (La Paz), inclusive' })
  @IsOptional() @Transform(blankToUndefined) @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Solo lo que hizo esta persona' })
  @IsOptional() @Transform(blankToUndefined) @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Persona que actuó: parte del nombre o del correo' })
  @IsOptional() @Transform(blankToUndefined) @IsString() @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({
    example: 'enrolment.approve',
    description: 'Acción exacta (`enrolment.approve`) o, terminada en punto, todas las que empiezan así (`enrolment.`)',
  })
  @IsOptional() @Transform(blankToUndefined) @IsString() @MaxLength(64) @Matches(ACTION, { message: 'Use un código de acción como enrolment.approve o enrolment.' })
  action?: string;

  @ApiPropertyOptional({ example: 'enrolment', description: 'Tipo de registro' })
  @IsOptional() @Transform(blankToUndefined) @IsString() @MaxLength(64)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Id del registro' })
  @IsOptional() @Transform(blankToUndefined) @IsString() @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ description: 'Id de la solicitud HTTP (cabecera X-Request-Id)' })
  @IsOptional() @Transform(blankToUndefined) @IsString() @MaxLength(64)
  requestId?: string;
}

export class AuditQueryDto extends AuditFilterDto {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @ApiPropertyOptional({ default: 25 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize: number = 25;
}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Nombres y apellidos (vacío si la cuenta ya no existe)' }) name: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'Nulo: lo hizo el sistema' }) actor: AuditActorDto | null;
  @ApiProperty({ example: 'enrolment.approve' }) action: string;
  @ApiProperty({ example: 'enrolment' }) entityType: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'El registro antes del cambio (lo que la acción guarda de él)' }) before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'El registro después del cambio' }) after: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String, description: 'Dirección IP del cliente' }) ip: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** What the export's own audit entry keeps of the filters (only those given). */
export const filtersOf = (dto: AuditFilterDto): Record<string, string> => {
  const keys = ['from', 'to', 'actorId', 'actor', 'action', 'entityType', 'entityId', 'requestId'] as const;
  return Object.fromEntries(keys.filter((key) => dto[key] !== undefined).map((key) => [key, dto[key] as string]));
};
