// Re-stamps every entry of a zip (the workbook) with one fixed date, so that the bytes depend on
// the content alone and not on when or in which time zone the file was built, and adds the parts
// the streaming writer cannot make (the Excel Tables' definitions, the README picture's drawing)
// with their [Content_Types].xml entries. The stream writer's compressed bytes are copied as they
// are (zip-format.ts): only the headers are written anew, and [Content_Types].xml and the added
// parts, which are small, are deflated by Node's zlib. The order is the stream writer's, then the
// added parts in the order given. Entry dates are the date's UTC fields.
import { Buffer } from 'node:buffer';
import { deflatedEntry, entryContent, readZipEntries, zipParts } from './zip-format';

const CONTENT_TYPES = '[Content_Types].xml';

/** A part to add: its path in the zip, its XML text and, for a part that needs one, its content type. */
export interface AddedPart {
  path: string;
  text: string;
  contentType?: string;
}

export function repackZip(zipBytes: Uint8Array, entryDate: Date, added: readonly AddedPart[] = []): Buffer {
  return Buffer.concat(repackZipParts(zipBytes, entryDate, added));
}

/**
 * repackZip's bytes in parts (zipParts), the entries' data pointing into `zipBytes`: the workbook
 * is written from them without a second copy of it in memory.
 */
export function repackZipParts(zipBytes: Uint8Array, entryDate: Date, added: readonly AddedPart[] = []): Buffer[] {
  const entries = readZipEntries(zipBytes);
  for (const part of added) if (entries.some((entry) => entry.name === part.path)) throw new Error(`the workbook already has a part ${part.path}`);
  const overrides = added.filter((part) => part.contentType !== undefined);
  if (overrides.length > 0) {
    const index = entries.findIndex((entry) => entry.name === CONTENT_TYPES);
    const types = index < 0 ? undefined : entryContent(entries[index]!).toString('utf8');
    if (types === undefined || !types.includes('</Types>')) throw new Error(`the workbook has no ${CONTENT_TYPES}`);
    // Every part but those with a Default by extension needs an Override naming its content type
    // (ECMA-376 Part 2, Open Packaging Conventions, §10.1.2.2).
    const lines = overrides.map((part) => `<Override PartName="/${part.path}" ContentType="${part.contentType!}"/>`).join('');
    entries[index] = deflatedEntry(
      CONTENT_TYPES,
      Buffer.from(
        types.replace('</Types>', () => `${lines}</Types>`),
        'utf8',
      ),
    );
  }
  // Parts only: a folder is not a part of the package, and the stream writer adds none.
  for (const part of added) entries.push(deflatedEntry(part.path, Buffer.from(part.text, 'utf8')));
  return zipParts(entries, entryDate);
}
