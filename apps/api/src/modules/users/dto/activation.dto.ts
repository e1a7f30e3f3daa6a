import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@campus/domain';
import { StrongPassword } from '../../../common/security/strong-password.decorator';

export class ActivationLinkDto {
  @ApiProperty({ example: 'https://campus.egm.bo/activar/3q2-…' }) url: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class ActivationLinksQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Solo las personas de este municipio' })
  @IsOptional() @IsUUID()
  municipalityId?: string;
}

export class ActivationInfoDto {
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class ActivateAccountDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) token: string;
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @StrongPassword()
  password: string;
}
