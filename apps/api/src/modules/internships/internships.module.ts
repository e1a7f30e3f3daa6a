import { Module } from '@nestjs/common';

/** Municipal internships: calls, applications, placements, logbooks, evaluation and follow-up. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
})
export class InternshipsModule {}
