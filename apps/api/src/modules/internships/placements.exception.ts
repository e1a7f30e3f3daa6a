import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum PlacementsExceptionCode {
  CallNotFound = 'INTERNSHIP_CALL_NOT_FOUND',
  ApplicationNotFound = 'INTERNSHIP_APPLICATION_NOT_FOUND',
  PlacementNotFound = 'PLACEMENT_NOT_FOUND',
  InvalidAssignment = 'PLACEMENT_INVALID_ASSIGNMENT',
  NotAssignable = 'PLACEMENT_APPLICATION_NOT_ASSIGNABLE',
  UnitFull = 'PLACEMENT_UNIT_FULL',
  NoProposal = 'PLACEMENT_NO_PROPOSAL',
}

const STATUS: Record<PlacementsExceptionCode, HttpStatus> = {
  [PlacementsExceptionCode.CallNotFound]: HttpStatus.NOT_FOUND,
  [PlacementsExceptionCode.ApplicationNotFound]: HttpStatus.NOT_FOUND,
  [PlacementsExceptionCode.PlacementNotFound]: HttpStatus.NOT_FOUND,
  [PlacementsExceptionCode.InvalidAssignment]: HttpStatus.BAD_REQUEST,
  [PlacementsExceptionCode.NotAssignable]: HttpStatus.CONFLICT,
  [PlacementsExceptionCode.UnitFull]: HttpStatus.CONFLICT,
  [PlacementsExceptionCode.NoProposal]: HttpStatus.CONFLICT,
};

/** Selection, placement, follow-up of the improvement proposal and call reports. */
export class PlacementsException extends DomainException<PlacementsExceptionCode> {
  constructor(code: PlacementsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
