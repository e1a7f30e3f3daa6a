import type { DocumentLoader, JsonLdObject, LoadedDocument } from './vc-stack';

/**
 * A JSON-LD document loader that never touches the network: it knows the bundled contexts and
 * the documents it is given (the issuer's own), and refuses every other URL. A URL with a
 * fragment (`…/issuer#key-1`) resolves to the node of that id inside its document, as a
 * controller document's verification methods do.
 */
export const offlineDocumentLoader = (contexts: ReadonlyMap<string, JsonLdObject>, documents: ReadonlyMap<string, JsonLdObject>): DocumentLoader => {
  const found = (url: string, document: JsonLdObject): LoadedDocument => ({ contextUrl: null, document: structuredClone(document), documentUrl: url });
  return async (url: string) => {
    const known = contexts.get(url) ?? documents.get(url);
    if (known) return found(url, known);
    const hash = url.indexOf('#');
    if (hash > 0) {
      const container = documents.get(url.slice(0, hash));
      const node = container && fragmentNode(container, url);
      if (node) return found(url, node);
    }
    throw new Error(`Documento JSON-LD desconocido (no se descarga nada de la red): ${url}`);
  };
};

/** The node with this id among a controller document's verification methods, with the document's context. */
const fragmentNode = (container: JsonLdObject, id: string): JsonLdObject | null => {
  const methods = container['verificationMethod'];
  const node = Array.isArray(methods) ? (methods as JsonLdObject[]).find((method) => method['id'] === id) : undefined;
  return node ? { '@context': container['@context'], ...node } : null;
};
