import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { ActivationService } from './activation.service';
import { AccountToken } from './entities/account-token.entity';
import { User } from './entities/user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken, AccountToken]), MunicipalitiesModule],
  controllers: [UsersController],
  providers: [UsersService, ActivationService],
  exports: [UsersService, ActivationService],
})
export class UsersModule {}
