import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs with ids only. Payloads are never logged; the redaction list is a second line of
 * defence in case someone logs an object that carries text, names, addresses or tokens.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'text',
        '*.text',
        'displayName',
        '*.displayName',
        'token',
        '*.token',
        'resumeToken',
        '*.resumeToken',
        'ip',
        '*.ip',
        'address',
        '*.address',
        'headers',
        '*.headers',
      ],
      censor: '[redacted]',
    },
  });
}
