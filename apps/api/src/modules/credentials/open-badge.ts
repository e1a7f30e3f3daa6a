import type { CertificateKind, CertificateSnapshot } from '@campus/domain';
import { uuidV5 } from '../competencies/competency-files';
import type { JsonLdObject } from './vc-stack';

/**
 * The Open Badges 3.0 documents of the campus, as plain JSON-LD (signing is the service's job):
 * the issuer profile (which is also the controller document of its signing keys), the
 * OpenBadgeCredential of a certificate, and the addresses they point to.
 *
 * Privacy: the credential names the holder as the certificate does (full name, in
 * `credentialSubject.name` and as an `IdentityObject` of type `name`, not hashed) and carries no
 * national ID, not even hashed: Bolivian ID numbers are short enough to find from a hash by trying
 * them all, so a hash would disclose what the public verification page masks.
 */

export const ISSUER_NAME = 'Escuela de Gestores Municipales — GAMLP';
export const ISSUER_DESCRIPTION =
  'Escuela de Gestores Municipales del Gobierno Autónomo Municipal de La Paz (Bolivia): formación de servidores públicos municipales.';

/** Bolivia has no daylight saving time: La Paz is always UTC−4. */
const LA_PAZ_OFFSET = '-04:00';

/** Where the public documents live, under the campus's public origin. */
export const credentialUrls = (origin: string) => {
  const issuer = `${origin}/api/public/issuer`;
  return {
    origin,
    issuer,
    statusList: `${origin}/api/public/status/revocation`,
    /** The key's id: a fragment of the controller document (the issuer profile). */
    key: (number: number) => `${issuer}#key-${number}`,
    /** The same key as a document of its own. */
    keyDocument: (number: number) => `${issuer}/keys/${number}`,
    /** The credential's id: the public verification record of the certificate. */
    credential: (code: string) => `${origin}/api/public/certificates/${code}`,
    verificationPage: (code: string) => `${origin}/verificar/${code}`,
  };
};
export type CredentialUrls = ReturnType<typeof credentialUrls>;

export interface PublishedKey {
  number: number;
  publicKeyMultibase: string;
}

export interface ContextUrls {
  credentialsV2: string;
  openBadgesV3: string;
  multikeyV1: string;
  securityV2: string;
}

/** A published key as a Multikey verification method of the issuer. */
export const multikeyDocument = (urls: CredentialUrls, key: PublishedKey, context?: string): JsonLdObject => ({
  ...(context ? { '@context': context } : {}),
  id: urls.key(key.number),
  type: 'Multikey',
  controller: urls.issuer,
  publicKeyMultibase: key.publicKeyMultibase,
});

/**
 * The issuer's OB 3.0 Profile. It is also the controller document of its keys: every published
 * key (retired ones too, so credentials signed with them still verify) is a `verificationMethod`
 * authorised for `assertionMethod`. The security/v2 context defines those two terms at the top
 * level, as verifiers expect when they frame a controller document.
 */
export const issuerProfile = (urls: CredentialUrls, keys: readonly PublishedKey[], contexts: ContextUrls): JsonLdObject => ({
  '@context': [contexts.credentialsV2, contexts.openBadgesV3, contexts.multikeyV1, contexts.securityV2],
  id: urls.issuer,
  type: ['Profile'],
  name: ISSUER_NAME,
  url: urls.origin,
  description: ISSUER_DESCRIPTION,
  verificationMethod: keys.map((key) => multikeyDocument(urls, key)),
  assertionMethod: keys.map((key) => urls.key(key.number)),
});

/** What a credential is built from: the certificate's row, read by the credentials repository. */
export interface CredentialSource {
  serial: string;
  verificationCode: string;
  kind: CertificateKind;
  courseId: string | null;
  issuedAt: Date;
  statusIndex: number;
  snapshot: CertificateSnapshot;
}

/** OB 3.0 achievement types (its AchievementType vocabulary) for each kind of certificate. */
export const ACHIEVEMENT_TYPES: Record<CertificateKind, string> = {
  approval: 'Certificate',
  participation: 'CertificateOfCompletion',
  internship: 'Fieldwork',
};

const KIND_TITLES: Record<CertificateKind, string> = {
  approval: 'Certificado de aprobación',
  participation: 'Certificado de participación',
  internship: 'Certificado de pasantía',
};

/** `2026-03-02` → `2026-03-02T00:00:00-04:00` (the activity dates are xsd:dateTime). */
const laPazDateTime = (day: string): string => `${day}T00:00:00${LA_PAZ_OFFSET}`;

/** An XSD dateTimeStamp without milliseconds: `2026-03-02T14:05:09Z`. */
export const dateTimeStamp = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

const hoursText = (hours: number): string => `${hours} ${hours === 1 ? 'hora académica' : 'horas académicas'}`;

/** What was achieved, in the credential's words: title, what it required, and its dates. */
const achievementFacts = (source: CredentialSource) => {
  const { snapshot, kind } = source;
  const hours = hoursText(snapshot.hours);
  if (kind === 'internship' || !snapshot.course) {
    const internship = snapshot.internship;
    const title = internship?.call ?? 'Pasantía';
    return {
      key: `internship/${title}`,
      title,
      description: internship ? `Pasantía en ${internship.hostUnit} (${hours}).` : `Pasantía (${hours}).`,
      narrative: internship
        ? `Completó la pasantía «${title}» en ${internship.hostUnit}, con ${hours}.`
        : `Completó la pasantía «${title}», con ${hours}.`,
      code: null,
      area: null,
      startsOn: internship?.startsOn ?? null,
      endsOn: internship?.endsOn ?? null,
    };
  }
  const course = snapshot.course;
  const narrative =
    kind === 'approval'
      ? `Aprobó el curso «${course.title}» (${hours}) con la nota final y la asistencia mínimas que el curso exige, y completó sus actividades obligatorias.`
      : `Participó en el curso «${course.title}» (${hours}) con la asistencia mínima que el curso exige.`;
  return {
    key: `course/${source.courseId ?? course.code}`,
    title: course.title,
    description: `Curso ${course.code} de la Escuela de Gestores Municipales${course.area ? `, área ${course.area}` : ''} (${hours}).`,
    narrative,
    code: course.code,
    area: course.area,
    startsOn: snapshot.cohort?.startsOn ?? null,
    endsOn: snapshot.cohort?.endsOn ?? null,
  };
};

/**
 * The unsigned OpenBadgeCredential of a certificate (VC Data Model 2.0 + OB 3.0.3 contexts). Every
 * term is defined by those contexts: the signer canonicalises in safe mode and would refuse one
 * that is not.
 */
export const buildOpenBadgeCredential = (source: CredentialSource, urls: CredentialUrls, contexts: ContextUrls): JsonLdObject => {
  const { snapshot } = source;
  const facts = achievementFacts(source);
  const achievementId = `urn:uuid:${uuidV5(`${urls.issuer}/achievements/${facts.key}/${source.kind}`)}`;
  const scoreId = `urn:uuid:${uuidV5(`${urls.issuer}/achievements/${facts.key}/${source.kind}/final-score`)}`;
  const attendanceId = `urn:uuid:${uuidV5(`${urls.issuer}/achievements/${facts.key}/${source.kind}/attendance`)}`;

  const resultDescriptions: JsonLdObject[] = [];
  const results: JsonLdObject[] = [];
  if (snapshot.finalScore !== null && source.kind === 'approval') {
    resultDescriptions.push({ id: scoreId, type: ['ResultDescription'], name: 'Nota final', resultType: 'ScaledScore', valueMin: '0', valueMax: '100' });
    results.push({ type: ['Result'], resultDescription: scoreId, value: String(snapshot.finalScore) });
  }
  if (snapshot.attendanceRate !== null && source.kind !== 'internship') {
    resultDescriptions.push({ id: attendanceId, type: ['ResultDescription'], name: 'Asistencia', resultType: 'Percent', valueMin: '0', valueMax: '100' });
    results.push({ type: ['Result'], resultDescription: attendanceId, value: String(snapshot.attendanceRate) });
  }

  const achievement: JsonLdObject = {
    id: achievementId,
    type: ['Achievement'],
    achievementType: ACHIEVEMENT_TYPES[source.kind],
    name: facts.title,
    description: facts.description,
    criteria: { narrative: facts.narrative },
    inLanguage: 'es',
    ...(facts.code ? { humanCode: facts.code } : {}),
    ...(facts.area ? { fieldOfStudy: facts.area } : {}),
    ...(resultDescriptions.length > 0 ? { resultDescription: resultDescriptions } : {}),
  };

  return {
    '@context': [contexts.credentialsV2, contexts.openBadgesV3],
    id: urls.credential(source.verificationCode),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${KIND_TITLES[source.kind]} ${source.serial}: ${facts.title}`,
    description: `${KIND_TITLES[source.kind]} N.º ${source.serial} de la ${snapshot.issuer.name || ISSUER_NAME}. Verificable en ${urls.verificationPage(source.verificationCode)}`,
    issuer: { id: urls.issuer, type: ['Profile'], name: ISSUER_NAME, url: urls.origin },
    validFrom: dateTimeStamp(source.issuedAt),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: snapshot.holder.fullName,
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: snapshot.holder.fullName }],
      achievement,
      ...(facts.startsOn ? { activityStartDate: laPazDateTime(facts.startsOn) } : {}),
      ...(facts.endsOn ? { activityEndDate: laPazDateTime(facts.endsOn) } : {}),
      ...(results.length > 0 ? { result: results } : {}),
    },
    credentialStatus: {
      id: `${urls.statusList}#${source.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(source.statusIndex),
      statusListCredential: urls.statusList,
    },
  };
};

/** The spec's minimum list size (131,072 entries, 16 KiB): a small list would tell how few certificates exist. */
export const STATUS_LIST_MIN_LENGTH = 131_072;

/** Entries in the status list: the minimum, grown in whole blocks of it to cover the highest index. */
export const statusListLength = (highestIndex: number | null): number =>
  Math.max(1, Math.ceil(((highestIndex ?? 0) + 1) / STATUS_LIST_MIN_LENGTH)) * STATUS_LIST_MIN_LENGTH;
