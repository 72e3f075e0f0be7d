/**
 * The text of each JSON body the embedded API builds, kept beside its Response (weakly, so it goes with it). An
 * in-process caller, the dashboard's proxy, reads it from here instead of reading the body back through its
 * stream, which costs more than building the answer. Has no imports, so the proxy can use it without loading the
 * embedded API.
 */
const texts = new WeakMap<Response, string>();

/** A Response with `text` as its JSON body, remembered for jsonTextOf. */
export function rememberJsonText(response: Response, text: string): Response {
  texts.set(response, text);
  return response;
}

/** The body text of a JSON Response the embedded API built, if `response` is one and its body is unread. */
export function jsonTextOf(response: Response): string | undefined {
  const text = texts.get(response);
  return text !== undefined && !response.bodyUsed ? text : undefined;
}
