import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditLogService } from './audit-log.service';
import { AuditFilterDto, AuditPageDto, AuditQueryDto } from './dto/audit.dto';

/** The audit log, for administrators only (issue 5: "viewable and filterable by admins"). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly service: AuditLogService) {}

  @Get('audit')
  @Roles('admin')
  @ApiOkResponse({ type: AuditPageDto, description: 'Entradas del registro de auditoría, de la más reciente a la más antigua' })
  @Header('Cache-Control', 'no-store')
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.service.list(query);
  }

  @Get('audit/actions')
  @Roles('admin')
  @ApiOkResponse({ type: [String], description: 'Las acciones que aparecen en el registro, en orden alfabético' })
  actions(): Promise<string[]> {
    return this.service.actions();
  }

  @Get('audit/entity-types')
  @Roles('admin')
  @ApiOkResponse({ type: [String], description: 'Los tipos de registro que aparecen en el registro, en orden alfabético' })
  entityTypes(): Promise<string[]> {
    return this.service.entityTypes();
  }

  @Get('audit.csv')
  @Roles('admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'CSV (UTF-8 con BOM, `;`) con los mismos filtros: Fecha y hora (La Paz);Persona;Correo;Acción;Tipo de registro;Id del registro;Antes;Después;Dirección IP;Id de solicitud;Id de la entrada. La descarga queda registrada (`audit.export`).',
    schema: { type: 'string' },
  })
  @Header('Cache-Control', 'no-store')
  csv(@Query() query: AuditFilterDto, @CurrentUser() actor: AuthUser): Promise<StreamableFile> {
    return this.service.csv(query, actor);
  }
}
