/** Environment-variable schemas: the API's record and the form's rows, both checked by ./env-var-checks. */
import { keyValueRowsSchema, recordSchema } from './entries';
import { checkEnvVarEntries } from './env-var-checks';

export * from './env-var-checks';

/** `env_vars` as the API takes it: `{ "DEBUG": "1" }`. Issues at `env_vars.<NAME>`. */
export const EnvVarsSchema = recordSchema('env_vars', checkEnvVarEntries);
export type EnvVars = Record<string, string>;

/** `env_vars` as the form edits it: `{key,value}[]`. Issues at `<mount>.<index>.key|value`. */
export const envVarRowsSchema = keyValueRowsSchema(checkEnvVarEntries);
