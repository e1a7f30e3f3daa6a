import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID,
  Matches, Max, MaxLength, Min,
} from 'class-validator';
import { CEDULA_COMPLEMENT_PATTERN, CEDULA_NUMBER_PATTERN, DEPARTMENTS, GENDERS, PASSWORD_MIN_LENGTH, ROLES } from '@campus/domain';
import type { Department, Gender, Role } from '@campus/domain';
import { MunicipalitySummaryDto, toMunicipalitySummary } from '../../municipalities/dto/municipality.dto';
import { StrongPassword } from '../../../common/security/strong-password.decorator';
import type { User } from '../entities/user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;


export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstNames: string;
  @ApiProperty() lastNames: string;
  @ApiProperty() fullName: string;
  @ApiProperty() nationalIdNumber: string;
  @ApiProperty({ nullable: true, type: String }) nationalIdComplement: string | null;
  @ApiProperty({ enum: DEPARTMENTS }) nationalIdIssuedIn: Department;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ type: MunicipalitySummaryDto, nullable: true }) municipality: MunicipalitySummaryDto | null;
  @ApiProperty({ nullable: true, type: String }) orgUnit: string | null;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Sin contraseña todavía: necesita un enlace de activación' }) pendingActivation: boolean;
  @ApiProperty({ enum: ['es', 'en'] }) locale: 'es' | 'en';
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const toUserDto = (user: User): UserDto => ({
  id: user.id,
  email: user.email,
  firstNames: user.firstNames,
  lastNames: user.lastNames,
  fullName: `${user.firstNames} ${user.lastNames}`,
  nationalIdNumber: user.nationalIdNumber,
  nationalIdComplement: user.nationalIdComplement,
  nationalIdIssuedIn: user.nationalIdIssuedIn,
  gender: user.gender,
  municipality: user.municipality ? toMunicipalitySummary(user.municipality) : null,
  orgUnit: user.orgUnit,
  position: user.position,
  phone: user.phone,
  roles: user.roles,
  active: user.active,
  pendingActivation: user.pendingActivation,
  locale: user.locale,
  lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
  createdAt: user.createdAt.toISOString(),
});

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CreateUserDto {
  @ApiProperty({ example: 'ana.quispe@achocalla.gob.bo' })
  @Transform(lower) @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @StrongPassword()
  password: string;

  @ApiProperty() @Transform(trim) @IsNotEmpty() @MaxLength(120) firstNames: string;
  @ApiProperty() @Transform(trim) @IsNotEmpty() @MaxLength(120) lastNames: string;

  @ApiProperty({ example: '4789123' })
  @Transform(trim) @Matches(CEDULA_NUMBER_PATTERN, { message: 'Debe tener de 4 a 10 dígitos' })
  nationalIdNumber: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '1B' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value))
  @Matches(CEDULA_COMPLEMENT_PATTERN, { message: 'Debe tener 1 o 2 letras o dígitos' })
  nationalIdComplement?: string | null;

  @ApiProperty({ enum: DEPARTMENTS }) @Transform(upper) @IsIn(DEPARTMENTS) nationalIdIssuedIn: Department;
  @ApiProperty({ enum: GENDERS }) @IsIn(GENDERS) gender: Gender;
  @ApiProperty({ format: 'uuid' }) @IsUUID() municipalityId: string;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(160) orgUnit?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(160) position?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @Transform(emptyToNull) @Matches(/^[+0-9 ()-]{6,32}$/, { message: 'Use solo dígitos, espacios, +, - y paréntesis' }) phone?: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class UpdateUserDto extends PartialType(CreateUserDto) {}

export class SetRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class UpdateProfileDto extends PartialType(OmitType(CreateUserDto, ['email', 'password', 'firstNames', 'lastNames', 'nationalIdNumber', 'nationalIdComplement', 'nationalIdIssuedIn', 'gender', 'municipalityId', 'roles'] as const)) {
  @ApiPropertyOptional({ enum: ['es', 'en'] }) @IsOptional() @IsIn(['es', 'en']) locale?: 'es' | 'en';
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() currentPassword: string;
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @StrongPassword()
  newPassword: string;
}

export class UserQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) search?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize: number = 20;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ default: false })
  // Only `true`/`false`: anything else is refused rather than read as false (which would import for real).
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  dryRun: boolean = false;
}

export class ImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'Filas de datos leídas' }) rows: number;
  @ApiProperty({ description: 'Usuarios creados (0 en una validación)' }) created: number;
}
