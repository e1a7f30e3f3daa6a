import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from '../../users/dto/user.dto';

export class LoginDto {
  @ApiProperty({ example: 'participante@demo.egm.bo' }) email: string;
  @ApiProperty({ example: 'Campus-Demo-2026' }) password: string;
}

export class SessionDto {
  @ApiProperty({ description: 'JWT de acceso (Bearer), de vida corta' }) accessToken: string;
  @ApiProperty({ description: 'Segundos de validez del token de acceso' }) expiresIn: number;
  @ApiProperty({ type: UserDto }) user: UserDto;
}
