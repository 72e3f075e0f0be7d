/**
 * Every limit of the Superserve API, written once. The contract schemas, the form's live counters, the
 * embedded API and the tests all import these, so changing a limit here changes it everywhere.
 * Sources: superserve-openapi.yaml, create-sandbox-docs.txt and API-NOTES.md (whose Decisions we follow).
 */

// --- Sandboxes -------------------------------------------------------------------------------------
/** `name` is 1–64 bytes of UTF-8 (the backend counts bytes, not characters) and is not trimmed. */
export const NAME_MIN_BYTES = 1;
export const NAME_MAX_BYTES = 64;

/** `timeout_seconds`: a hard lifetime cap, an integer from 1 second to 7 days. */
export const TIMEOUT_MIN_SECONDS = 1;
export const TIMEOUT_MAX_SECONDS = 604_800;

/** The template a sandbox boots from when `from_template` is absent. */
export const DEFAULT_TEMPLATE = 'superserve/base';

// --- Metadata (string → string tags) ---------------------------------------------------------------
export const METADATA_MAX_KEYS = 64;
export const METADATA_KEY_MIN_BYTES = 1;
export const METADATA_KEY_MAX_BYTES = 256;
export const METADATA_VALUE_MAX_BYTES = 2048;
/** Measured on the serialized JSON object (API-NOTES Decision: the stricter of the two readings). */
export const METADATA_MAX_TOTAL_BYTES = 16_384;
/** Key prefixes reserved for the platform, compared case-insensitively. */
export const METADATA_RESERVED_PREFIXES = ['superserve.', '_superserve'] as const;

// --- Environment variables -------------------------------------------------------------------------
export const ENV_MAX_KEYS = 64;
export const ENV_KEY_MAX_BYTES = 256;
export const ENV_VALUE_MAX_BYTES = 8192;
/** Sum of the UTF-8 bytes of every name and value, as the backend adds them up. */
export const ENV_MAX_TOTAL_BYTES = 65_536;
/** API-NOTES Decision: names a shell can use (stricter than the backend's "no `=`, no NUL"). */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

// --- Network ---------------------------------------------------------------------------------------
/** Ranges the platform always blocks, whatever the rules say: private, loopback and link-local. */
export const ALWAYS_BLOCKED_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
] as const;
/** DNS limits on host names (RFC 1035), used to check domain rules in `allow_out`. */
export const DOMAIN_MAX_LENGTH = 253;
export const DOMAIN_LABEL_MAX_LENGTH = 63;

// --- Exec ------------------------------------------------------------------------------------------
export const EXEC_DEFAULT_TIMEOUT_S = 30;
export const EXEC_DEFAULT_WORKING_DIR = '/home/user';

// --- Templates -------------------------------------------------------------------------------------
export const TEMPLATE_NAME_MAX_LENGTH = 128;
export const TEMPLATE_NAME_PATTERN = /^[a-z0-9]([a-z0-9._/-]*[a-z0-9])?$/;
/** Names with this prefix belong to the curated system templates. */
export const TEMPLATE_RESERVED_PREFIX = 'superserve/';
export const TEMPLATE_VCPU = { min: 1, max: 4, default: 1 } as const;
export const TEMPLATE_MEMORY_MIB = { min: 256, max: 4096, default: 1024 } as const;
export const TEMPLATE_DISK_MIB = { min: 1024, max: 8192, default: 4096 } as const;
/** Base images the build system cannot use (matched as substrings, in any case). */
export const TEMPLATE_FORBIDDEN_BASES = ['alpine', 'distroless'] as const;
export const BUILD_USER_NAME_MAX_LENGTH = 31;
export const BUILD_USER_NAME_PATTERN = /^[a-z_][a-z0-9_-]*$/;
export const MAX_TEMPLATES_PER_TEAM = 10;
export const MAX_BUILDS_IN_FLIGHT = 5;

// --- Lists -----------------------------------------------------------------------------------------
export const LIST_LIMIT_MAX = 200;
/**
 * Decision (the real API documents no limit): `GET /sandboxes` takes at most this many `metadata.<key>=` filters,
 * in the proxy and the embedded API alike. Each filter names a distinct key and a sandbox holds at most
 * METADATA_MAX_KEYS keys, so more filters could never all match; the list page caps its chips at the same number.
 */
export const LIST_METADATA_FILTERS_MAX = METADATA_MAX_KEYS;
export const BUILD_LIST_LIMIT = { min: 1, max: 100, default: 20 } as const;

// --- Hardening (our Decisions: limits the real API doesn't have) ------------------------------------
/**
 * Request bodies, in the proxy and the embedded API. A create at every limit (16 KB of metadata, 64 KB of env vars)
 * is under 100 KB of JSON, unless its values are mostly characters JSON must escape; a bigger body is a mistake or
 * an attack, refused with 413 and none of it kept.
 */
export const REQUEST_BODY_MAX_BYTES = 256 * 1024;
/**
 * How deeply a request body may nest objects and arrays. The deepest legitimate body, a template's build_spec,
 * is 5 levels deep; a few thousand levels crash a recursive JSON walk, so deeper bodies are refused with 400 before
 * anything recursive (JSON.stringify, zod) sees them.
 */
export const JSON_MAX_DEPTH = 32;
