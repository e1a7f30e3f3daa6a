import {
  Body, Controller, Get, HttpCode, HttpStatus, Injectable, Param, ParseUUIDPipe, Patch, PayloadTooLargeException, Post, Put, Query, StreamableFile,
  UploadedFile, UseInterceptors,
} from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { catchError } from 'rxjs';
import type { Observable } from 'rxjs';
import { MAX_LETTER_BYTES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { DomainException } from '../../common/errors/domain.exception';
import { attachment } from '../../common/http/attachment';
import { UploadErrorsInterceptor } from '../../common/uploads/upload-errors.interceptor';
import { ApplicationsService } from './applications.service';
import type { UploadedLetter } from './applications.service';
import { ApplicationQueryDto, CreateApplicationDto, DeclineEndorsementDto, InternshipApplicationDto, UpdateApplicationDto } from './dto/applications.dto';
import { APPLICATION_READER_ROLES, INTERNSHIP_MANAGER_ROLES } from './internships.access';

/** The letter's size limit names the `letter` field (the shared interceptor says `file`). */
@Injectable()
class LetterTooLargeInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException || (error instanceof DomainException && error.code === 'UPLOAD_TOO_LARGE')) {
          throw new DomainException('INTERNSHIP_LETTER_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE, 'La carta supera los 5 MB', [
            { field: 'letter', message: 'Debe pesar como máximo 5 MB' },
          ]);
        }
        if (error instanceof DomainException && error.code === 'UPLOAD_UNEXPECTED_FIELD') {
          throw new DomainException(error.code, error.status, 'Envíe un solo archivo en el campo «letter»', [
            { field: 'letter', message: 'Envíe un solo archivo PDF en este campo' },
          ]);
        }
        throw error;
      }),
    );
  }
}

const LETTER_OPTIONS = { limits: { fileSize: MAX_LETTER_BYTES, files: 1 }, defParamCharset: 'utf8' };

@ApiTags('internships')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(private readonly service: ApplicationsService) {}

  @Get('internship-applications')
  @Roles(...APPLICATION_READER_ROLES)
  @ApiOkResponse({ type: [InternshipApplicationDto], description: 'Coordinación: todas; enlace municipal: las de su municipio; participante: las suyas' })
  list(@Query() query: ApplicationQueryDto, @CurrentUser() viewer: AuthUser): Promise<InternshipApplicationDto[]> {
    return this.service.list(query, viewer);
  }

  @Post('internship-calls/:id/applications')
  @Roles('participant')
  @ApiCreatedResponse({ type: InternshipApplicationDto })
  apply(@Param('id', ParseUUIDPipe) callId: string, @Body() dto: CreateApplicationDto, @CurrentUser() actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.service.apply(callId, dto, actor);
  }

  @Get('internship-applications/:id')
  @Roles(...APPLICATION_READER_ROLES)
  @ApiOkResponse({ type: InternshipApplicationDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<InternshipApplicationDto> {
    return this.service.get(id, viewer);
  }

  @Patch('internship-applications/:id')
  @Roles('participant')
  @ApiOkResponse({ type: InternshipApplicationDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateApplicationDto, @CurrentUser() actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.service.update(id, dto, actor);
  }

  @Post('internship-applications/:id/withdraw')
  @Roles('participant')
  @HttpCode(200)
  @ApiOkResponse({ type: InternshipApplicationDto })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.service.withdraw(id, actor);
  }

  @Put('internship-applications/:id/letter')
  @Roles('participant')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['letter'], properties: { letter: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: InternshipApplicationDto })
  @UseInterceptors(LetterTooLargeInterceptor, UploadErrorsInterceptor, FileInterceptor('letter', LETTER_OPTIONS))
  uploadLetter(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedLetter | undefined,
    @CurrentUser() actor: AuthUser,
  ): Promise<InternshipApplicationDto> {
    return this.service.uploadLetter(id, file, actor);
  }

  @Get('internship-applications/:id/letter')
  @Roles(...INTERNSHIP_MANAGER_ROLES, 'municipal_liaison', 'participant')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'La carta de aval firmada (PDF), como adjunto', schema: { type: 'string', format: 'binary' } })
  async downloadLetter(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    const file = await this.service.downloadLetter(id, viewer);
    return new StreamableFile(file.stream, { type: 'application/pdf', disposition: attachment(file.name), length: file.size });
  }

  @Post('internship-applications/:id/endorse')
  @Roles('municipal_liaison')
  @HttpCode(200)
  @ApiOkResponse({ type: InternshipApplicationDto, description: 'Avalar (solo postulaciones de su municipio)' })
  endorse(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.service.endorse(id, actor);
  }

  @Post('internship-applications/:id/decline')
  @Roles('municipal_liaison')
  @HttpCode(200)
  @ApiOkResponse({ type: InternshipApplicationDto, description: 'No avalar, con el motivo' })
  decline(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DeclineEndorsementDto, @CurrentUser() actor: AuthUser): Promise<InternshipApplicationDto> {
    return this.service.decline(id, dto, actor);
  }
}
