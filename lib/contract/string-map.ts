/**
 * String→string maps (metadata, env_vars, an exec's env) that keep every key they were given, `__proto__`,
 * `constructor` and the like included: they are ordinary data to the API, so what is accepted reads back as sent.
 *
 * Why not z.record: zod builds its output by assignment, and `out["__proto__"] = "x"` on a plain object hits the
 * prototype setter instead of adding a key, so zod skips the key: `{"__proto__":"x","k":"v"}` would be accepted
 * and silently become `{"k":"v"}`. Here the entries are checked as they are and the output is built with
 * Object.fromEntries, which defines own properties, whatever their name.
 */
import { z } from 'zod';

import { isJsonObject, toStringMap, type StringMap } from './to-string-map';

export { isJsonObject, toStringMap, type StringMap };

type Messages = {
  /** When the value is not an object at all. */
  notObject: string;
  /** When a value of the map is not a string (the issue lands on that key). */
  notString: string;
};

/**
 * A map schema: an object whose own values are all strings; issues on `[key]` for a wrong value. `refine`, given
 * only once every value is a string, adds the caller's own checks (limits, names). The output is a fresh map with
 * the same own keys in the same order.
 */
export function stringMapSchema(
  messages: Messages,
  refine?: (map: StringMap, ctx: z.RefinementCtx<StringMap>) => void,
) {
  return z
    .custom<StringMap>(isJsonObject, { error: () => messages.notObject, abort: true })
    .superRefine((map, ctx) => {
      let allStrings = true;
      for (const [key, value] of Object.entries(map)) {
        if (typeof value === 'string') continue;
        allStrings = false;
        ctx.addIssue({ code: 'custom', message: messages.notString, path: [key], input: value });
      }
      if (allStrings) refine?.(map, ctx);
    })
    .transform((map) => toStringMap(Object.entries(map)));
}
