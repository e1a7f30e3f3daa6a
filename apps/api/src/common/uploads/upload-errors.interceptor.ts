import { BadRequestException, HttpStatus, Injectable, PayloadTooLargeException } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { catchError } from 'rxjs';
import type { Observable } from 'rxjs';
import { DomainException } from '../errors/domain.exception';

/**
 * Put before a multer FileInterceptor: turns its English errors (file too large, unexpected form
 * field, too many files) into Spanish problems that name the `file` field.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          throw new DomainException('UPLOAD_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE, 'El archivo supera el tamaño máximo permitido', [
            { field: 'file', message: 'Supera el tamaño máximo permitido' },
          ]);
        }
        if (error instanceof BadRequestException && /^(Unexpected|Too many|Multipart|Field)/.test(error.message)) {
          throw new DomainException('UPLOAD_UNEXPECTED_FIELD', HttpStatus.BAD_REQUEST, 'Envíe un solo archivo en el campo «file»', [
            { field: 'file', message: 'Envíe un solo archivo en este campo' },
          ]);
        }
        throw error;
      }),
    );
  }
}
