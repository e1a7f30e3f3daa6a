import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { requireCredentialAccess } from './credentials.access';
import { CredentialsException, CredentialsExceptionCode } from './credentials.exception';
import { CredentialsRepository } from './credentials.repository';
import { offlineDocumentLoader } from './document-loader';
import { buildOpenBadgeCredential, credentialUrls, dateTimeStamp, issuerProfile, ISSUER_NAME, multikeyDocument, statusListLength } from './open-badge';
import type { CredentialUrls } from './open-badge';
import { SigningKeysService } from './signing-keys.service';
import { vcStack } from './vc-stack';
import type { DocumentLoader, JsonLdObject } from './vc-stack';

/** How long a signed status list is reused while nothing changes (revocations show at once). */
const STATUS_LIST_REUSE_MS = 60 * 60_000;

interface CachedStatusList {
  fingerprint: string;
  signedAt: number;
  credential: JsonLdObject;
}

/**
 * Open Badges 3.0: the issuer profile and its keys, each certificate's OpenBadgeCredential and
 * the revocation status list, signed with Ed25519 (`eddsa-rdfc-2022` Data Integrity proofs) at
 * request time. JSON-LD contexts come bundled from npm packages: nothing is fetched at run time.
 */
@Injectable()
export class CredentialsService {
  private readonly statusLists = new Map<string, CachedStatusList>();

  constructor(
    private readonly repository: CredentialsRepository,
    private readonly keys: SigningKeysService,
    private readonly audit: AuditService,
  ) {}

  /** The issuer's OB 3.0 Profile, which is also the controller document of its keys. */
  async issuerProfile(origin: string): Promise<JsonLdObject> {
    const urls = credentialUrls(origin);
    const { urls: contexts } = await vcStack();
    return issuerProfile(urls, await this.keys.publishedKeys(urls), contexts);
  }

  /** One published key as a Multikey document. */
  async keyDocument(number: number, origin: string): Promise<JsonLdObject> {
    const urls = credentialUrls(origin);
    const key = (await this.keys.publishedKeys(urls)).find((candidate) => candidate.number === number);
    if (!key) throw new CredentialsException(CredentialsExceptionCode.KeyNotFound, 'No existe esa clave del emisor');
    const { urls: contexts } = await vcStack();
    return multikeyDocument(urls, key, contexts.multikeyV1);
  }

  /**
   * A certificate's signed OpenBadgeCredential, for its holder, or for a coordinator or admin
   * (whose download is an export of someone else's record: audited). Revoked and superseded
   * certificates still get one: it verifies, and the status list says it no longer stands.
   */
  async credential(certificateId: string, viewer: AuthUser, origin: string): Promise<{ serial: string; credential: JsonLdObject }> {
    const certificate = await this.repository.findCertificate(certificateId);
    if (!certificate) throw new CredentialsException(CredentialsExceptionCode.CertificateNotFound, 'Certificado no encontrado');
    requireCredentialAccess(viewer, certificate.holderId);
    const urls = credentialUrls(origin);
    const { urls: contexts } = await vcStack();
    const credential = await this.sign(buildOpenBadgeCredential(certificate, urls, contexts), urls);
    if (viewer.id !== certificate.holderId) {
      await this.audit.record({
        actorId: viewer.id, action: 'certificate.credential_export', entityType: 'certificate', entityId: certificate.id,
        after: { serial: certificate.serial, format: 'OpenBadgeCredential' },
      });
    }
    return { serial: certificate.serial, credential };
  }

  /**
   * The signed BitstringStatusListCredential of revocations: bit `status_index` is 1 for every
   * revoked or superseded certificate. Signed again only when that set (or the key) changes.
   */
  async revocationList(origin: string): Promise<JsonLdObject> {
    const urls = credentialUrls(origin);
    const { revoked, highest } = await this.repository.revocationState();
    const { number } = await this.keys.signingKey(urls);
    const fingerprint = createHash('sha256').update(`${number}:${highest}:${revoked.join(',')}`).digest('hex');
    const cached = this.statusLists.get(origin);
    if (cached && cached.fingerprint === fingerprint && Date.now() - cached.signedAt < STATUS_LIST_REUSE_MS) return cached.credential;

    const { statusList } = await vcStack();
    const list = await statusList.createList({ length: statusListLength(highest) });
    for (const index of revoked) list.setStatus(index, true);
    const unsigned = await statusList.createCredential({ id: urls.statusList, list, statusPurpose: 'revocation' });
    const credential = await this.sign(
      { ...unsigned, name: `Lista de revocación de certificados — ${ISSUER_NAME}`, issuer: urls.issuer, validFrom: dateTimeStamp(new Date()) },
      urls,
    );
    this.statusLists.set(origin, { fingerprint, signedAt: Date.now(), credential });
    return credential;
  }

  /** The offline loader: bundled contexts, plus the issuer's profile and keys at this origin. */
  async documentLoader(origin: string): Promise<DocumentLoader> {
    const urls = credentialUrls(origin);
    const { contexts, urls: contextUrls } = await vcStack();
    const keys = await this.keys.publishedKeys(urls);
    const documents = new Map<string, JsonLdObject>([[urls.issuer, issuerProfile(urls, keys, contextUrls)]]);
    for (const key of keys) documents.set(urls.keyDocument(key.number), multikeyDocument(urls, key, contextUrls.multikeyV1));
    return offlineDocumentLoader(contexts, documents);
  }

  private async sign(credential: JsonLdObject, urls: CredentialUrls): Promise<JsonLdObject> {
    const stack = await vcStack();
    const { keyPair } = await this.keys.signingKey(urls);
    const suite = new stack.DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: stack.cryptosuite });
    return stack.vc.issue({ credential, suite, documentLoader: await this.documentLoader(urls.origin) });
  }
}
