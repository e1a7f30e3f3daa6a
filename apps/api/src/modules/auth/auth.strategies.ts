import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { authConfig } from '../../config/configuration';
import type { AuthConfig } from '../../config/configuration';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { User } from '../users/entities/user.entity';
import { AuthService } from './auth.service';

/** Email + password (passport-local), for POST /api/auth/login. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<User> {
    return this.auth.validateCredentials(email, password);
  }
}

/** Bearer access tokens. The user is reloaded so deactivation and role changes apply at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) config: AuthConfig,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, ignoreExpiration: false, algorithms: ['HS256'] });
  }

  validate(payload: { sub: string }): Promise<AuthUser | null> {
    return this.auth.userForToken(payload.sub);
  }
}
