import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EVALUATION_VERDICTS, RUBRIC_LEVELS } from '@campus/domain';
import type { EvaluationVerdict, RubricLevel } from '@campus/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RubricLevelDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  competencyId: string;

  @ApiProperty({ enum: RUBRIC_LEVELS, description: '0 = no alcanzado; 1–3 = nivel alcanzado' })
  @IsIn(RUBRIC_LEVELS)
  level: RubricLevel;
}

export class EvaluatePlacementDto {
  @ApiProperty({ type: [RubricLevelDto], description: 'Un nivel por cada competencia de la unidad receptora' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RubricLevelDto)
  levels: RubricLevelDto[];

  @ApiProperty({ minimum: 0, maximum: 100, example: 85 })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  score: number;

  @ApiProperty({ enum: EVALUATION_VERDICTS, description: 'Aprobar exige un puntaje de al menos 70' })
  @IsIn(EVALUATION_VERDICTS)
  verdict: EvaluationVerdict;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class EvaluationViewDto {
  @ApiProperty({ type: [RubricLevelDto] }) levels: RubricLevelDto[];
  @ApiProperty() score: number;
  @ApiProperty({ enum: EVALUATION_VERDICTS }) verdict: EvaluationVerdict;
  @ApiProperty() comment: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) evaluatedAt: string | null;
}
