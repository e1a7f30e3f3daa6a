import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetencyItem } from './entities/competency-item.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CompetencyItem])],
  controllers: [],
  providers: [],
  exports: [],
})
export class CompetenciesModule {}
