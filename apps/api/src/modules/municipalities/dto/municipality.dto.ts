import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { DEPARTMENTS, MUNICIPALITY_KINDS } from '@campus/domain';
import type { Department, MunicipalityKind } from '@campus/domain';
import type { Agreement } from '../entities/agreement.entity';
import type { Municipality } from '../entities/municipality.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class MunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '020101', description: 'Código INE (o código corto de una ciudad extranjera)' }) code: string;
  @ApiProperty({ example: 'La Paz' }) name: string;
  @ApiProperty({ enum: DEPARTMENTS, nullable: true, type: String }) department: Department | null;
  @ApiProperty({ enum: MUNICIPALITY_KINDS }) kind: MunicipalityKind;
  @ApiProperty({ example: 'BO', description: 'ISO 3166-1 alfa-2' }) country: string;
  @ApiProperty() isPartner: boolean;
  @ApiProperty({ description: 'Tiene un convenio vigente hoy' }) agreementInForce: boolean;
}

export class MunicipalitySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: DEPARTMENTS, nullable: true, type: String }) department: Department | null;
  @ApiProperty() country: string;
}

export class CreateMunicipalityDto {
  @ApiProperty({ example: '020104' })
  @Transform(trim) @IsNotEmpty() @Matches(/^[A-Z0-9-]{2,16}$/, { message: 'Use de 2 a 16 letras mayúsculas, dígitos o guiones' })
  code: string;

  @ApiProperty({ example: 'Achocalla' })
  @Transform(trim) @IsNotEmpty() @MaxLength(160)
  name: string;

  @ApiPropertyOptional({ enum: DEPARTMENTS, nullable: true, type: String })
  @IsOptional() @IsIn(DEPARTMENTS)
  department?: Department | null;

  @ApiProperty({ enum: MUNICIPALITY_KINDS })
  @IsIn(MUNICIPALITY_KINDS)
  kind: MunicipalityKind;

  @ApiProperty({ example: 'BO' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'Use el código de país de 2 letras (BO, ES, CO, ...)' })
  country: string;

  @ApiProperty() @IsBoolean()
  isPartner: boolean;
}

export class UpdateMunicipalityDto extends PartialType(CreateMunicipalityDto) {}

export class MunicipalityQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) search?: string;
  @ApiPropertyOptional({ enum: DEPARTMENTS }) @IsOptional() @IsIn(DEPARTMENTS) department?: Department;
  @ApiPropertyOptional({ enum: MUNICIPALITY_KINDS }) @IsOptional() @IsIn(MUNICIPALITY_KINDS) kind?: MunicipalityKind;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Z]{2}$/) country?: string;
}

export class AgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) scope: string | null;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil: string | null;
  @ApiProperty() inForce: boolean;
}

export class CreateAgreementDto {
  @ApiProperty({ example: 'Convenio de cooperación interinstitucional' })
  @Transform(trim) @IsNotEmpty() @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @IsString() @MaxLength(2000)
  scope?: string | null;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  signedOn: string;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  validFrom: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10)
  validUntil?: string | null;
}

export class UpdateAgreementDto extends PartialType(CreateAgreementDto) {}

export const toMunicipalitySummary = (m: Municipality): MunicipalitySummaryDto => ({
  id: m.id,
  code: m.code,
  name: m.name,
  department: m.department,
  country: m.country,
});

export const toAgreementDto = (a: Agreement, today: string, inForce: (a: Agreement, d: string) => boolean): AgreementDto => ({
  id: a.id,
  municipalityId: a.municipalityId,
  title: a.title,
  scope: a.scope,
  signedOn: a.signedOn,
  validFrom: a.validFrom,
  validUntil: a.validUntil,
  inForce: inForce(a, today),
});
