import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum LearningExceptionCode {
  EnrolmentNotFound = 'LEARNING_ENROLMENT_NOT_FOUND',
  ActivityNotFound = 'LEARNING_ACTIVITY_NOT_FOUND',
  NotLearning = 'LEARNING_ENROLMENT_NOT_ACTIVE',
  Finished = 'LEARNING_ENROLMENT_FINISHED',
  InvalidProgress = 'LEARNING_INVALID_PROGRESS',
  NotAQuiz = 'LEARNING_NOT_A_QUIZ',
  InvalidAnswers = 'LEARNING_INVALID_ANSWERS',
  NoAttemptsLeft = 'LEARNING_NO_ATTEMPTS_LEFT',
  AttemptIdTaken = 'LEARNING_ATTEMPT_ID_TAKEN',
  NoFile = 'LEARNING_NO_FILE',
  UserNotFound = 'LEARNING_USER_NOT_FOUND',
  InvalidRecognition = 'LEARNING_INVALID_RECOGNITION',
}

const STATUS: Record<LearningExceptionCode, HttpStatus> = {
  [LearningExceptionCode.EnrolmentNotFound]: HttpStatus.NOT_FOUND,
  [LearningExceptionCode.ActivityNotFound]: HttpStatus.NOT_FOUND,
  [LearningExceptionCode.NotLearning]: HttpStatus.CONFLICT,
  [LearningExceptionCode.Finished]: HttpStatus.CONFLICT,
  [LearningExceptionCode.InvalidProgress]: HttpStatus.BAD_REQUEST,
  [LearningExceptionCode.NotAQuiz]: HttpStatus.BAD_REQUEST,
  [LearningExceptionCode.InvalidAnswers]: HttpStatus.BAD_REQUEST,
  [LearningExceptionCode.NoAttemptsLeft]: HttpStatus.CONFLICT,
  [LearningExceptionCode.AttemptIdTaken]: HttpStatus.CONFLICT,
  [LearningExceptionCode.NoFile]: HttpStatus.NOT_FOUND,
  [LearningExceptionCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [LearningExceptionCode.InvalidRecognition]: HttpStatus.BAD_REQUEST,
};

export class LearningException extends DomainException<LearningExceptionCode> {
  constructor(code: LearningExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}

export const enrolmentNotFound = () => new LearningException(LearningExceptionCode.EnrolmentNotFound, 'Inscripción no encontrada');
export const activityNotFound = () => new LearningException(LearningExceptionCode.ActivityNotFound, 'Actividad no encontrada');
