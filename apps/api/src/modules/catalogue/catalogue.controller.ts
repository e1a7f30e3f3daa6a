import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../common/decorators/auth.decorators';
import { CatalogueService } from './catalogue.service';
import { CatalogueCourseDetailDto, CataloguePageDto, CatalogueQueryDto } from './dto/catalogue.dto';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly service: CatalogueService) {}

  @Get('courses')
  @AnyRole()
  @ApiOkResponse({ type: CataloguePageDto })
  search(@Query() query: CatalogueQueryDto): Promise<CataloguePageDto> {
    return this.service.search(query);
  }

  @Get('courses/:id')
  @AnyRole()
  @ApiOkResponse({ type: CatalogueCourseDetailDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CatalogueCourseDetailDto> {
    return this.service.get(id);
  }
}
