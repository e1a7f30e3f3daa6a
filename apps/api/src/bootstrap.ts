import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { requestContextMiddleware } from './common/context/request-context';
import { validateEnvironment } from './config/environment';
import type { AppModuleOptions } from './app.module';

export const buildOpenApiDocument = (app: NestExpressApplication): OpenAPIObject =>
  SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Campus EGM API')
      .setDescription('API del Campus de la Escuela de Gestores Municipales (GAMLP)')
      .setVersion('1.0')
      .addBearerAuth()
      .addCookieAuth('campus_rt')
      .build(),
  );

/** Creates the configured Nest application (used by main.ts and by the integration tests). */
export const createApp = async (options: AppModuleOptions & { preview?: boolean }): Promise<NestExpressApplication> => {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bufferLogs: !options.preview,
    logger: options.preview ? false : undefined,
    preview: options.preview,
    abortOnError: false,
  });
  // In preview mode (OpenAPI generation, route checks) providers are not instantiated: no pino.
  if (!options.preview) app.useLogger(app.get(Logger));
  configureApp(app);
  return app;
};

export const configureApp = (app: NestExpressApplication): void => {
  app.setGlobalPrefix('api');
  const trustProxy = validateEnvironment(process.env).TRUST_PROXY;
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          // Course videos are embedded from these players only (videoEmbedUrl in libs/domain course-content.ts).
          frameSrc: ["'self'", 'https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        },
      },
    }),
  );
  // gzip for JSON and the SPA's assets: officials on slow rural links download a third.
  app.use(compression());
  app.use(cookieParser());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
};
