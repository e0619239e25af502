import { useEffect, useRef, useState } from 'react';
import { floorStreamUrl } from './floor-queries';
import type { StreamStatus } from './floor-types';

// When the server refuses the stream (a restart, a 503), the browser gives up; we try again after this long.
const retryAfterMs = 5_000;

/**
 * Listens to the server's floor stream and calls `onChange` on every `floor` event, and again after a
 * reconnection (changes may have been missed meanwhile). The browser reconnects by itself after a dropped
 * connection; it sends the session cookie, as the stream is on the same origin.
 */
export function useFloorStream(locationId: string | null, onChange: () => void): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let openedBefore = false;
    const connect = () => {
      source = new EventSource(floorStreamUrl(locationId));
      source.onopen = () => {
        setStatus('live');
        if (openedBefore) latest.current();
        openedBefore = true;
      };
      source.addEventListener('floor', () => latest.current());
      source.onerror = () => {
        setStatus('reconnecting');
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, retryAfterMs);
        }
      };
    };
    setStatus('connecting');
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [locationId]);
  return status;
}
