import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CourseDto, CoursePageDto, CourseQueryDto, CreateCourseDto, UpdateCourseDto } from './dto/course.dto';
import { CoursesService } from './courses.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(private readonly service: CoursesService) {}

  @Get()
  @Roles('admin', 'coordinator', 'facilitator')
  @ApiOkResponse({ type: CoursePageDto })
  list(@Query() query: CourseQueryDto, @CurrentUser() viewer: AuthUser): Promise<CoursePageDto> {
    return this.service.list(query, viewer);
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'facilitator')
  @ApiOkResponse({ type: CourseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<CourseDto> {
    return this.service.get(id, viewer);
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: CourseDto })
  create(@Body() dto: CreateCourseDto, @CurrentUser() actor: AuthUser): Promise<CourseDto> {
    return this.service.create(dto, actor);
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CourseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCourseDto, @CurrentUser() actor: AuthUser): Promise<CourseDto> {
    return this.service.update(id, dto, actor);
  }

  @Post(':id/publish')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CourseDto> {
    return this.service.publish(id, actor);
  }

  @Post(':id/archive')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  archive(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CourseDto> {
    return this.service.archive(id, actor);
  }
}
