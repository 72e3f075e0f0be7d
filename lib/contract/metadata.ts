/** Metadata schemas: the API's record and the form's rows, both checked by ./metadata-checks. */
import { keyValueRowsSchema, recordSchema } from './entries';
import { checkMetadataEntries } from './metadata-checks';

export * from './metadata-checks';

/** `metadata` as the API takes it: `{ "env": "prod" }`. Issues at `metadata.<key>`. */
export const MetadataSchema = recordSchema('metadata', checkMetadataEntries);
export type Metadata = Record<string, string>;

/** `metadata` as the form edits it: `{key,value}[]`. Issues at `<mount>.<index>.key|value`. */
export const metadataRowsSchema = keyValueRowsSchema(checkMetadataEntries);
