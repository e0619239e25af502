import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const acceptableRequestId = /^[A-Za-z0-9._:-]{1,64}$/;

/** Keeps a caller's X-Request-Id when it is short and plain (so logs can be joined across proxies); otherwise mints one. */
export function generateRequestId(request: IncomingMessage): string {
  const offered = request.headers['x-request-id'];
  return typeof offered === 'string' && acceptableRequestId.test(offered) ? offered : randomUUID();
}
