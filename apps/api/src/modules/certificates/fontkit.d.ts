/**
 * fontkit (pdfkit's font engine, installed with it) ships no types: what the certificate renderer
 * uses. A parsed font can be given to pdfkit's `registerFont` instead of the file's bytes.
 */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
}
