import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { setTokenSource } from '../api/client';
import type { Session } from '../api/types';
import { browserStorage, useStorageHealth } from './browser-storage';

// A signed-in session (a bearer token), kept in localStorage so that it survives a reload and is shared
// by the tabs of one browser. Server data never lives here. The customer and the partner agent each have
// their own, so that a trainer can be the partner in one tab and the customer in another.

interface SessionState {
  session: Session | null;
  startSession: (session: Session) => void;
  endSession: () => void;
}

const isSession = (value: unknown): value is Session =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Session).token === 'string' &&
  typeof (value as Session).expiresAt === 'string';

function createSessionStore(name: string) {
  return create<SessionState>()(
    persist(
      (set) => ({
        session: null,
        startSession: (session) => set({ session }),
        endSession: () => set({ session: null }),
      }),
      {
        name,
        version: 1,
        storage: createJSONStorage(() => browserStorage),
        partialize: (state) => ({ session: state.session }),
        // Stored data of the wrong shape is dropped: the user signs in again.
        merge: (persisted, current) => {
          const session = (persisted as { session?: unknown } | undefined)?.session;
          return { ...current, session: isSession(session) ? session : null };
        },
      },
    ),
  );
}

export const SESSION_STORAGE_KEY = 'm365-admin-sim:session:v1';
export const PARTNER_SESSION_STORAGE_KEY = 'm365-admin-sim:partner-session:v1';

/** The customer's admin center session. */
export const useSessionStore = createSessionStore(SESSION_STORAGE_KEY);
/** The partner agent's Partner Center (simulated) session. */
export const usePartnerSessionStore = createSessionStore(PARTNER_SESSION_STORAGE_KEY);

/**
 * Tells the API client where each side's token is. Called once at startup (the bootstrap, the test setup)
 * rather than when this module is imported, so that importing a store changes nothing elsewhere.
 */
export function registerTokenSources(): void {
  setTokenSource(() => useSessionStore.getState().session?.token ?? null, 'customer');
  setTokenSource(() => usePartnerSessionStore.getState().session?.token ?? null, 'partner');
}

/** True while a signed-in session could not be saved by the browser: it ends with the tab or a reload. */
export function useSessionKeptInTab(area: 'customer' | 'partner'): boolean {
  const store = area === 'customer' ? useSessionStore : usePartnerSessionStore;
  const key = area === 'customer' ? SESSION_STORAGE_KEY : PARTNER_SESSION_STORAGE_KEY;
  const signedIn = store((state) => state.session !== null);
  const unsaved = useStorageHealth((state) => state.unsaved.includes(key));
  return signedIn && unsaved;
}
