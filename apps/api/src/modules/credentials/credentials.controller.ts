import { Controller, Get, Header, Inject, Param, ParseIntPipe, ParseUUIDPipe, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, Public } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { attachment } from '../../common/http/attachment';
import { publicOrigin } from '../../common/http/public-origin';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import { CredentialsService } from './credentials.service';

const JSON_LD = 'application/ld+json';
const credentialSchema = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

@ApiTags('credentials')
@Controller()
export class CredentialsController {
  constructor(
    private readonly service: CredentialsService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** Holders download their own; coordinators and admins any (the access helper decides: others get 404). */
  @Get('certificates/:id/credential')
  @AnyRole()
  @ApiBearerAuth()
  @ApiProduces(JSON_LD)
  @ApiOkResponse({ schema: credentialSchema('OpenBadgeCredential (Open Badges 3.0, VC Data Model 2.0) firmada con eddsa-rdfc-2022') })
  @Header('Cache-Control', 'no-store')
  async credential(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() viewer: AuthUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object> {
    const { serial, credential } = await this.service.credential(id, viewer, this.origin(request));
    response.setHeader('Content-Type', `${JSON_LD}; charset=utf-8`);
    response.setHeader('Content-Disposition', attachment(`${serial}.json`));
    return credential;
  }

  /** The issuer of the credentials, and the controller document of its signing keys. */
  @Get('public/issuer')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiProduces(JSON_LD)
  @ApiOkResponse({ schema: credentialSchema('Perfil del emisor (Open Badges 3.0 Profile) con sus claves públicas (Multikey)') })
  @Header('Content-Type', `${JSON_LD}; charset=utf-8`)
  @Header('Cache-Control', 'public, max-age=300')
  issuer(@Req() request: Request): Promise<object> {
    return this.service.issuerProfile(this.origin(request));
  }

  @Get('public/issuer/keys/:number')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiProduces(JSON_LD)
  @ApiOkResponse({ schema: credentialSchema('Una clave pública del emisor (Multikey, Ed25519)') })
  @Header('Content-Type', `${JSON_LD}; charset=utf-8`)
  @Header('Cache-Control', 'public, max-age=300')
  key(@Param('number', ParseIntPipe) number: number, @Req() request: Request): Promise<object> {
    return this.service.keyDocument(number, this.origin(request));
  }

  /** Who checks a credential's status reads this list: bit `statusListIndex` set = revoked (or superseded). */
  @Get('public/status/revocation')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiProduces(JSON_LD)
  @ApiOkResponse({ schema: credentialSchema('BitstringStatusListCredential (VC 2.0) de revocación, firmada') })
  @Header('Content-Type', `${JSON_LD}; charset=utf-8`)
  @Header('Cache-Control', 'public, max-age=60')
  revocationList(@Req() request: Request): Promise<object> {
    return this.service.revocationList(this.origin(request));
  }

  /** Where links point: PUBLIC_URL when configured, otherwise the address this request came to. */
  private origin(request: Request): string {
    return publicOrigin(this.config.publicUrl, request);
  }
}
