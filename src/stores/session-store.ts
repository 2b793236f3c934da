import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { setTokenSource } from '../api/client';
import type { Session } from '../api/types';

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
        storage: createJSONStorage(() => localStorage),
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

setTokenSource(() => useSessionStore.getState().session?.token ?? null, 'customer');
setTokenSource(() => usePartnerSessionStore.getState().session?.token ?? null, 'partner');
