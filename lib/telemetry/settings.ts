/**
 * The observability settings: LOG_LEVEL, METRICS_TOKEN, METRICS_PORT, METRICS_HOST and
 * OTEL_EXPORTER_OTLP_ENDPOINT. Pure, so every rule is unit-tested; start-up (lib/server/startup.ts) stops the
 * server on a problem, and each problem names its variable but never echoes a value (the token is a secret).
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_LOG_LEVEL: LogLevel = 'info';
/** Loopback by default: the separate metrics port is unauthenticated, so exposing it must be a choice. */
export const DEFAULT_METRICS_HOST = '127.0.0.1';
/** Long enough that guessing is hopeless; Prometheus reads it from a file, so length costs nothing. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

export type TelemetrySettings = {
  logLevel: LogLevel;
  /** The bearer token `/metrics` on the main port asks for; unset: `/metrics` there is 404. */
  metricsToken?: string;
  /** A separate port that serves `/metrics` without a token. */
  metricsPort?: number;
  metricsHost: string;
  /** Where traces go (OTLP/HTTP); unset: no tracing, nothing loaded. */
  otlpEndpoint?: string;
};

type Env = Record<string, string | undefined>;

/** A `.env` line like `LOG_LEVEL=` means "not set". */
const setting = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

export function parseTelemetrySettings(env: Env): TelemetrySettings | { problems: string[] } {
  const problems: string[] = [];

  const level = setting(env, 'LOG_LEVEL')?.toLowerCase() ?? DEFAULT_LOG_LEVEL;
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const metricsToken = setting(env, 'METRICS_TOKEN');
  if (metricsToken !== undefined && !/^[\x21-\x7e]+$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be printable ASCII without spaces (check for a stray character)');
  } else if (metricsToken !== undefined && metricsToken.length < MIN_METRICS_TOKEN_LENGTH) {
    problems.push(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters (try \`openssl rand -hex 32\`)`,
    );
  }

  const portText = setting(env, 'METRICS_PORT');
  let metricsPort: number | undefined;
  if (portText !== undefined) {
    metricsPort = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(metricsPort >= 1 && metricsPort <= 65_535)) {
      problems.push('METRICS_PORT must be a port number from 1 to 65535');
    } else if (metricsPort === Number(setting(env, 'PORT') ?? NaN)) {
      problems.push('METRICS_PORT must differ from the port the dashboard itself listens on (PORT)');
    }
  }

  const metricsHost = setting(env, 'METRICS_HOST') ?? DEFAULT_METRICS_HOST;
  if (setting(env, 'METRICS_HOST') !== undefined && !/^[A-Za-z0-9_.:-]+$/.test(metricsHost)) {
    problems.push('METRICS_HOST must be a host name or IP address to listen on, like 0.0.0.0 or 127.0.0.1');
  }

  const otlpEndpoint = setting(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (otlpEndpoint !== undefined) {
    const url = URL.canParse(otlpEndpoint) ? new URL(otlpEndpoint) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      problems.push(
        'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL, like http://collector:4318',
      );
    }
  }

  if (problems.length > 0) return { problems };
  return {
    logLevel: level as LogLevel,
    metricsToken,
    metricsPort,
    metricsHost,
    otlpEndpoint,
  };
}

/** This process's settings; start-up has already stopped the server on a bad one, so a problem falls back. */
export function telemetrySettings(env: Env = process.env): TelemetrySettings {
  const parsed = parseTelemetrySettings(env);
  if ('problems' in parsed) {
    return { logLevel: DEFAULT_LOG_LEVEL, metricsHost: DEFAULT_METRICS_HOST };
  }
  return parsed;
}
