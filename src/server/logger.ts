import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';

/**
 * JSON logs that never carry patient data: requests are logged by method and path only (query strings,
 * headers, cookies and bodies can hold identifiers), errors by type, message and stack.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ketaclinic' },
      serializers: {
        req: (request: IncomingMessage) => ({ method: request.method, path: request.url?.split('?')[0] }),
        res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
        err: pino.stdSerializers.err,
      },
      redact: { paths: ['*.password', '*.token', '*.authorization', '*.cookie'], censor: '[redacted]' },
    },
    destination ?? process.stdout,
  );
}
