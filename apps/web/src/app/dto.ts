/** Shapes of the API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type UserDto = Schemas['UserDto'];
export type UserPageDto = Schemas['UserPageDto'];
export type SessionDto = Schemas['SessionDto'];
export type MunicipalityDto = Schemas['MunicipalityDto'];
export type MunicipalitySummaryDto = Schemas['MunicipalitySummaryDto'];
export type AgreementDto = Schemas['AgreementDto'];
export type ImportResultDto = Schemas['ImportResultDto'];
export type ActivationLinkDto = Schemas['ActivationLinkDto'];
export type ActivationInfoDto = Schemas['ActivationInfoDto'];
export type Locale = UserDto['locale'];
