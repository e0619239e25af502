import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Mantine reads these browser APIs, which happy-dom leaves out.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

// A lazy page's first render can take over a second on a loaded 2-core CI machine running the other test
// projects at once; findBy* waits up to 5 s instead of 1 s (a passing test still returns as soon as it finds).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
