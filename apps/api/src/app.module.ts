import { existsSync } from 'node:fs';
import path from 'node:path';
import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDataSourceOptions } from '@campus/migrations';
import { appConfig, authConfig, credentialsConfig } from './config/configuration';
import { validateEnvironment } from './config/environment';
import { ProblemFilter } from './common/errors/problem.filter';
import { createValidationPipe } from './common/errors/validation';
import { JwtAuthGuard } from './common/guards/jwt-auth.guard';
import { RolesGuard } from './common/guards/roles.guard';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { CompetenciesModule } from './modules/competencies/competencies.module';
import { CredentialsModule } from './modules/credentials/credentials.module';
import { CoursesModule } from './modules/courses/courses.module';
import { EnrolmentsModule } from './modules/enrolments/enrolments.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { InternshipsModule } from './modules/internships/internships.module';
import { ReportsModule } from './modules/reports/reports.module';
import { LearningModule } from './modules/learning/learning.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { TeachingModule } from './modules/teaching/teaching.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  databaseUrl: string;
  /** Serve the built SPA at `/` (off in API tests). */
  serveWeb?: boolean;
}

/** `/activar/<token>` and `/api/auth/activation/<token>` with the token hidden. */
export const maskSecretUrl = (url: string | undefined): string | undefined =>
  url?.replace(/(\/activar\/|\/api\/auth\/activation\/)[^/?#]+/, '$1[oculto]');

/** The id set by requestContextMiddleware (which runs first), so logs and audit entries agree. */
const requestId = (request: IncomingMessage) => String(request.headers['x-request-id']);

@Module({})
export class AppModule {
  static register({ databaseUrl, serveWeb = true }: AppModuleOptions): DynamicModule {
    const env = validateEnvironment(process.env);
    const webRoot = path.resolve(env.WEB_DIST);
    const web = serveWeb && existsSync(path.join(webRoot, 'index.html'))
      ? [ServeStaticModule.forRoot({
          rootPath: webRoot,
          exclude: ['/api/{*rest}'],
          serveStaticOptions: {
            setHeaders: (response: ServerResponse, file: string) => {
              const immutable = file.includes(`${path.sep}assets${path.sep}`);
              response.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
            },
          },
        })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig, authConfig, credentialsConfig] }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            genReqId: requestId,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            // Activation links are credentials: their token never reaches the logs.
            serializers: { req: (request: { url?: string }) => ({ ...request, url: maskSecretUrl(request.url), params: undefined }) },
            autoLogging: { ignore: (request) => request.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot({
          ...createDataSourceOptions(databaseUrl),
          autoLoadEntities: true,
          // Migrations run before the app starts (runMigrations, under an advisory lock).
          migrationsRun: false,
          extra: { max: 20 },
        }),
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 100 }]),
        ...web,
        AuditModule,
        NotificationsModule,
        JobsModule,
        HealthModule,
        MunicipalitiesModule,
        UsersModule,
        AuthModule,
        CompetenciesModule,
        CoursesModule,
        CohortsModule,
        CatalogueModule,
        LearningModule,
        InternshipsModule,
        ReportsModule,
        EnrolmentsModule,
        TeachingModule,
        CredentialsModule,
        CertificatesModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
