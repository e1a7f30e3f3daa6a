import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AnyRole, CurrentUser, Public } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { authConfig } from '../../config/configuration';
import type { AuthConfig } from '../../config/configuration';
import { ChangePasswordDto, UpdateProfileDto, UserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { ActivationService } from '../users/activation.service';
import { ActivateAccountDto, ActivationInfoDto } from '../users/dto/activation.dto';
import type { User } from '../users/entities/user.entity';
import { LoginDto, SessionDto } from './dto/auth.dto';
import { AuthService } from './auth.service';
import type { IssuedSession } from './auth.service';
import { LocalAuthGuard } from './local-auth.guard';

export const REFRESH_COOKIE = 'campus_rt';
const REFRESH_COOKIE_PATH = '/api/auth';

/** Login attempts per client address per minute (LOGIN_RATE_LIMIT, validated at start-up). */
const loginRateLimit = () => Number(process.env.LOGIN_RATE_LIMIT ?? 10);

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly activation: ActivationService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @Throttle({ default: { limit: loginRateLimit, ttl: 60_000 } })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionDto })
  async login(@Req() request: Request & { user: User }, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const issued = await this.auth.issueSession(request.user, this.client(request));
    return this.answer(issued, response);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 60, ttl: 60_000 } })
  @ApiOkResponse({ type: SessionDto })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    try {
      const issued = await this.auth.refresh(request.cookies?.[REFRESH_COOKIE], this.client(request));
      return this.answer(issued, response);
    } catch (error) {
      response.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.cookies?.[REFRESH_COOKIE]);
    response.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
  }

  @Get('activation/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @ApiOkResponse({ type: ActivationInfoDto })
  activationInfo(@Param('token') token: string): Promise<ActivationInfoDto> {
    return this.activation.describe(token);
  }

  @Post('activation')
  @Public()
  @HttpCode(204)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiNoContentResponse()
  async activate(@Body() dto: ActivateAccountDto): Promise<void> {
    await this.activation.activate(dto.token, dto.password);
  }

  @Get('me')
  @AnyRole()
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }

  @Patch('me')
  @AnyRole()
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserDto })
  updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<UserDto> {
    return this.users.updateProfile(user, dto);
  }

  @Post('me/password')
  @AnyRole()
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.users.changePassword(user, dto);
  }

  private answer(issued: IssuedSession, response: Response): SessionDto {
    response.cookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'strict',
      path: REFRESH_COOKIE_PATH,
      expires: issued.refreshExpiresAt,
    });
    response.setHeader('Cache-Control', 'no-store');
    return issued.session;
  }

  private client(request: Request) {
    return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
  }
}
