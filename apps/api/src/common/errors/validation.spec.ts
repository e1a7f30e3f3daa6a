import { IsEmail, IsNotEmpty, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { toFieldErrors } from './validation';
import { fieldFromConstraint } from './problem.filter';

class Inner {
  @IsNotEmpty() city!: string;
}
class Outer {
  @IsEmail() email!: string;
  @MinLength(10) password!: string;
  @IsNotEmpty({ message: 'Escriba su nombre' }) name!: string;
  @ValidateNested() @Type(() => Inner) address!: Inner;
}

describe('validation errors', () => {
  it('names each bad field, nested ones with a dotted path, in Spanish', () => {
    const instance = plainToInstance(Outer, { email: 'x', password: 'short', name: '', address: { city: '' } });
    const errors = toFieldErrors(validateSync(instance));
    expect(errors).toEqual([
      { field: 'email', message: 'Debe ser un correo electrónico válido' },
      { field: 'password', message: 'Debe tener al menos 10 caracteres' },
      { field: 'name', message: 'Escriba su nombre' },
      { field: 'address.city', message: 'Es obligatorio' },
    ]);
  });

  it('derives the field of a unique constraint from its name', () => {
    expect(fieldFromConstraint('uq_users_email', 'users')).toBe('email');
    expect(fieldFromConstraint('uq_users_national_id', 'users')).toBe('nationalId');
    expect(fieldFromConstraint('uq_municipalities_code', 'municipalities')).toBe('code');
  });
});
