/** Shapes of the certificates API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type CertificateDto = Schemas['CertificateDto'];
export type PublicCertificateDto = Schemas['PublicCertificateDto'];
export type CertificateBatchDto = Schemas['CertificateBatchDto'];
