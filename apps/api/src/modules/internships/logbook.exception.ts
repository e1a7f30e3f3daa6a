import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

/** Errors of an internship's execution and closing: work plan, logbook, final report, evaluation. */
export enum LogbookExceptionCode {
  PlacementNotFound = 'INTERNSHIP_PLACEMENT_NOT_FOUND',
  EntryNotFound = 'INTERNSHIP_LOGBOOK_ENTRY_NOT_FOUND',
  InvalidEntry = 'INTERNSHIP_LOGBOOK_INVALID_ENTRY',
  EntryLocked = 'INTERNSHIP_LOGBOOK_ENTRY_LOCKED',
  WrongPlacementStatus = 'INTERNSHIP_WRONG_PLACEMENT_STATUS',
  InvalidEvaluation = 'INTERNSHIP_INVALID_EVALUATION',
  AlreadyEvaluated = 'INTERNSHIP_ALREADY_EVALUATED',
}

const STATUS: Record<LogbookExceptionCode, HttpStatus> = {
  [LogbookExceptionCode.PlacementNotFound]: HttpStatus.NOT_FOUND,
  [LogbookExceptionCode.EntryNotFound]: HttpStatus.NOT_FOUND,
  [LogbookExceptionCode.InvalidEntry]: HttpStatus.BAD_REQUEST,
  [LogbookExceptionCode.EntryLocked]: HttpStatus.CONFLICT,
  [LogbookExceptionCode.WrongPlacementStatus]: HttpStatus.CONFLICT,
  [LogbookExceptionCode.InvalidEvaluation]: HttpStatus.BAD_REQUEST,
  [LogbookExceptionCode.AlreadyEvaluated]: HttpStatus.CONFLICT,
};

export class LogbookException extends DomainException<LogbookExceptionCode> {
  constructor(code: LogbookExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}

export const placementNotFound = () => new LogbookException(LogbookExceptionCode.PlacementNotFound, 'Pasantía no encontrada');
export const entryNotFound = () => new LogbookException(LogbookExceptionCode.EntryNotFound, 'Entrada de bitácora no encontrada');
