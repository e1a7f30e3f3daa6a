import 'reflect-metadata';
import type { NestContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { createApp } from './bootstrap';
import { IS_PUBLIC_KEY, ROLES_KEY } from './common/decorators/auth.decorators';

/** Every route of the application module, with whether it declares roles or @Public(). */
const collectRoutes = async () => {
  process.env.LOG_LEVEL = 'silent';
  // Preview mode builds the module graph without connecting to the database.
  const app = await createApp({ databaseUrl: 'postgres://preview@127.0.0.1:1/none', serveWeb: false, preview: true });
  // The module graph Nest built (DiscoveryService is not available without instantiation).
  const container = (app as unknown as { container: NestContainer }).container;
  const controllers = [...container.getModules().values()].flatMap((module) => [...module.controllers.values()]);
  const routes = controllers.flatMap(({ metatype }) => {
    const type = metatype as unknown as { name: string; prototype: Record<string, unknown> } | null;
    if (!type) return [];
    return Object.getOwnPropertyNames(type.prototype)
      .filter((name) => name !== 'constructor' && Reflect.hasMetadata(METHOD_METADATA, type.prototype[name] as object))
      .map((name) => {
        const handler = type.prototype[name] as object;
        const declares = (key: string) => Reflect.getMetadata(key, handler) !== undefined || Reflect.getMetadata(key, type) !== undefined;
        return {
          route: `${type.name}.${name} ${Reflect.getMetadata(PATH_METADATA, handler)}`,
          guarded: declares(ROLES_KEY) || declares(IS_PUBLIC_KEY),
          public: declares(IS_PUBLIC_KEY),
        };
      });
  });
  await app.close();
  return routes;
};

describe('route guarding (secure by default)', () => {
  let routes: Awaited<ReturnType<typeof collectRoutes>>;
  beforeAll(async () => {
    routes = await collectRoutes();
  });

  it('finds the routes of every controller', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['AuthController.login login', 'UsersController.list /']));
  });

  it('every route declares its roles or is explicitly @Public()', () => {
    const unguarded = routes.filter((r) => !r.guarded).map((r) => r.route);
    expect(unguarded).toEqual([]);
  });

  it('only login, refresh, logout, account activation, health, cohort calendar feeds, CASE URIs, certificate verification and the Open Badges issuer, keys and status list are public', () => {
    const open = routes.filter((r) => r.public).map((r) => r.route).sort();
    expect(open).toEqual([
      'AuthController.activate activation',
      'AuthController.activationInfo activation/:token',
      'AuthController.login login',
      'AuthController.logout logout',
      'AuthController.refresh refresh',
      'CalendarController.publicFeed public/cohorts/:id/calendar.ics',
      'CompetenciesController.resolveCase case/:identifier',
      'CredentialsController.issuer public/issuer',
      'CredentialsController.key public/issuer/keys/:number',
      'CredentialsController.revocationList public/status/revocation',
      'HealthController.check /',
      'PublicCertificatesController.verify public/certificates/:code',
    ]);
  });
});
