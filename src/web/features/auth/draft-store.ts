/**
 * Unsaved form input, kept in memory only (never in web storage: no patient data may outlive the page), so a
 * form can be restored after the session ends and the same user signs in again within the same page load.
 * Keys start with the user's id, so one user never sees another's draft.
 */
export interface DraftStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  clear(): void;
}

export function createDraftStore(): DraftStore {
  const drafts = new Map<string, unknown>();
  return {
    get: <T>(key: string) => drafts.get(key) as T | undefined,
    set: (key, value) => void drafts.set(key, value),
    delete: (key) => void drafts.delete(key),
    clear: () => drafts.clear(),
  };
}
