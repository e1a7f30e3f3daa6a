import type { TFunction } from 'i18next';

/** A text by a key built from data (an action code, a record type): `undefined` when there is none. */
const textOf = (t: TFunction, key: string): string | undefined => {
  const value: unknown = (t as unknown as (key: string, options: object) => unknown)(key, {
    returnObjects: true,
    defaultValue: '',
  });
  return typeof value === 'string' && value !== '' && value !== key ? value : undefined;
};

/** `enrolment.approve` → "Aprobó una inscripción"; an unknown code is shown as it is. */
export const actionLabel = (t: TFunction, action: string): string =>
  textOf(t, `audit.actions.${action}`) ?? action;

/** The part of an action code before its first dot: `course.module.create` → `course`. */
export const actionGroup = (action: string): string => action.split('.')[0];

/** `enrolment` → "Inscripciones" (for the "all of a kind" choices of the action list). */
export const groupLabel = (t: TFunction, group: string): string =>
  textOf(t, `audit.groups.${group}`) ?? group;

/** `cohort_session` → "Sesión"; an unknown type is shown as it is. */
export const entityTypeLabel = (t: TFunction, entityType: string): string =>
  textOf(t, `audit.entityTypes.${entityType}`) ?? entityType;
