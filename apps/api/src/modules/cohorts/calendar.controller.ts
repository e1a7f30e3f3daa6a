import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query, Req, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { COHORT_READER_ROLES } from '@campus/domain';
import { CurrentUser, Public, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import { CalendarService } from './calendar.service';
import { CalendarQueryDto, CalendarSessionDto } from './dto/calendar.dto';
import { publicOrigin } from '../../common/http/public-origin';

const ICS_SCHEMA = { type: 'string', description: 'iCalendar (RFC 5545)' } as const;

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Get('calendar/sessions')
  @Roles(...COHORT_READER_ROLES)
  @ApiBearerAuth()
  @ApiOkResponse({ type: [CalendarSessionDto], description: 'Coordinadores y administradores: todas (o `mine=true`: las suyas); facilitadores: las suyas' })
  sessions(@Query() query: CalendarQueryDto, @CurrentUser() viewer: AuthUser): Promise<CalendarSessionDto[]> {
    return this.calendar.sessions(query, viewer);
  }

  @Get('calendar/sessions.ics')
  @Roles(...COHORT_READER_ROLES)
  @ApiBearerAuth()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: ICS_SCHEMA })
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="sesiones-campus-egm.ics"')
  @Header('Cache-Control', 'no-store')
  sessionsIcs(@Query() query: CalendarQueryDto, @CurrentUser() viewer: AuthUser, @Req() request: Request): Promise<string> {
    return this.calendar.viewerCalendar(query, viewer, this.origin(request));
  }

  /** Calendar apps subscribe to this address without a token: published courses only, no personal data. */
  @Get('public/cohorts/:id/calendar.ics')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: ICS_SCHEMA })
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="cohorte.ics"')
  @Header('Cache-Control', 'public, max-age=900')
  publicFeed(@Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<string> {
    return this.calendar.publicCohortFeed(id, this.origin(request));
  }

  /** Where links point: PUBLIC_URL when configured, otherwise the address this request came to. */
  private origin(request: Request): string {
    return publicOrigin(this.config.publicUrl, request);
  }
}
