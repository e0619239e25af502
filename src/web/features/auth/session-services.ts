import type { DraftStore } from './draft-store';

export type SessionEnd = 'signed-out' | 'expired';

/** What the app needs to leave a session cleanly; one set per app instance (see app-state.ts). */
export interface SessionServices {
  drafts: DraftStore;
  /**
   * Set when the server ended the session, or when a link from an e-mail set a password, so the sign-in page
   * can say why the user is there.
   */
  notice: { sessionEnded: boolean; passwordSet: boolean };
  /** Forgets every cached answer and goes to sign-in; for 'expired', with a way back to the current page. */
  end(reason: SessionEnd): Promise<void>;
}
