import { Controller, Get, Header, Param, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../common/decorators/auth.decorators';
import { CertificatesService } from './certificates.service';
import { PublicCertificateDto } from './dto/certificate.dto';

/** Verification requests allowed per client address per minute (guessing codes is pointless at 60 bits; this keeps it so). */
export const VERIFICATION_RATE_LIMIT = 60;

@ApiTags('verification')
@Controller()
export class PublicCertificatesController {
  constructor(private readonly service: CertificatesService) {}

  /** Anyone with the code (printed on the certificate, in its QR) checks it: no login. */
  @Get('public/certificates/:code')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: VERIFICATION_RATE_LIMIT, ttl: 60_000 } })
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PublicCertificateDto })
  @ApiNotFoundResponse({ description: 'Código mal escrito o inexistente (la misma respuesta para ambos)' })
  verify(@Param('code') code: string): Promise<PublicCertificateDto> {
    return this.service.verify(code.slice(0, 64));
  }
}
