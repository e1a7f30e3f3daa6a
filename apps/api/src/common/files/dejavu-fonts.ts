// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../modules/certificates/fontkit.d.ts" />
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

const parsed = new Map<string, fontkit.Font>();

/**
 * DejaVu fonts (every Spanish letter) from the `dejavu-fonts-ttf` package, read and parsed once per
 * process with fontkit (pdfkit's own font engine) and handed to every document; pdfkit subsets and
 * embeds the glyphs each document uses. Parsing the TTFs for every PDF would cost most of the
 * rendering time. `files` names them: `{ sans: 'DejaVuSans.ttf', … }`.
 */
export const dejavuFonts = <Name extends string>(files: Record<Name, string>): Record<Name, fontkit.Font> =>
  Object.fromEntries(
    Object.entries<string>(files).map(([name, file]) => {
      let font = parsed.get(file);
      if (!font) {
        font = fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
        parsed.set(file, font);
      }
      return [name, font];
    }),
  ) as Record<Name, fontkit.Font>;
