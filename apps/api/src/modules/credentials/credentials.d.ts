// A dependency of jsonld-signatures (installed with the Verifiable Credentials stack): the
// security/v2 JSON-LD context, which verifiers use to frame the issuer's controller document.
declare module '@digitalbazaar/security-context';
