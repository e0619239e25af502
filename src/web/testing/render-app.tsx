import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '../app';

/** Renders the whole app at `path`; `history.location` tells where it went. */
export function renderApp(path: string) {
  const history = createMemoryHistory({ initialEntries: [path] });
  const view = render(<App history={history} />);
  return { ...view, history, location: () => `${history.location.pathname}${history.location.search}` };
}
