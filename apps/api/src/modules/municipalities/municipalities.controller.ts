import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import {
  AgreementDto,
  CreateAgreementDto,
  CreateMunicipalityDto,
  MunicipalityDto,
  MunicipalityQueryDto,
  UpdateAgreementDto,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@ApiBearerAuth()
@Controller()
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @Get('municipalities')
  @AnyRole()
  @ApiOkResponse({ type: [MunicipalityDto] })
  list(@Query() query: MunicipalityQueryDto): Promise<MunicipalityDto[]> {
    return this.service.list(query);
  }

  @Get('municipalities/:id')
  @AnyRole()
  @ApiOkResponse({ type: MunicipalityDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<MunicipalityDto> {
    return this.service.get(id);
  }

  @Post('municipalities')
  @Roles('admin')
  @ApiCreatedResponse({ type: MunicipalityDto })
  create(@Body() dto: CreateMunicipalityDto, @CurrentUser() user: AuthUser): Promise<MunicipalityDto> {
    return this.service.create(dto, user.id);
  }

  @Patch('municipalities/:id')
  @Roles('admin')
  @ApiOkResponse({ type: MunicipalityDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateMunicipalityDto, @CurrentUser() user: AuthUser): Promise<MunicipalityDto> {
    return this.service.update(id, dto, user.id);
  }

  @Get('municipalities/:id/agreements')
  @Roles('admin', 'coordinator', 'manager', 'municipal_liaison')
  @ApiOkResponse({ type: [AgreementDto] })
  listAgreements(@Param('id', ParseUUIDPipe) id: string): Promise<AgreementDto[]> {
    return this.service.listAgreements(id);
  }

  @Post('municipalities/:id/agreements')
  @Roles('admin')
  @ApiCreatedResponse({ type: AgreementDto })
  createAgreement(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateAgreementDto, @CurrentUser() user: AuthUser): Promise<AgreementDto> {
    return this.service.createAgreement(id, dto, user.id);
  }

  @Patch('agreements/:id')
  @Roles('admin')
  @ApiOkResponse({ type: AgreementDto })
  updateAgreement(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAgreementDto, @CurrentUser() user: AuthUser): Promise<AgreementDto> {
    return this.service.updateAgreement(id, dto, user.id);
  }

  @Delete('agreements/:id')
  @Roles('admin')
  @ApiNoContentResponse()
  @HttpCode(204)
  async deleteAgreement(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.service.deleteAgreement(id, user.id);
  }
}
