import { DEPARTMENT_NAMES } from '@campus/domain';
import type { Department } from '@campus/domain';

export const departmentName = (code: string | null): string | null =>
  code === null ? null : (DEPARTMENT_NAMES[code as Department] ?? code);
