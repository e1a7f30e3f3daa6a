import { Module } from '@nestjs/common';

/** What participants browse: published courses with their open cohorts, searched in Spanish. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
})
export class CatalogueModule {}
