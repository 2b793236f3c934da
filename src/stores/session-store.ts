import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { setTokenSource } from '../api/client';
import type { Session } from '../api/types';

// The signed-in session (a bearer token), kept in localStorage so that it survives a reload and is
// shared by the tabs of one browser. Server data never lives here.

interface SessionState {
  session: Session | null;
  startSession: (session: Session) => void;
  endSession: () => void;
}

export const SESSION_STORAGE_KEY = 'm365-admin-sim:session:v1';

const isSession = (value: unknown): value is Session =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Session).token === 'string' &&
  typeof (value as Session).expiresAt === 'string';

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      session: null,
      startSession: (session) => set({ session }),
      endSession: () => set({ session: null }),
    }),
    {
      name: SESSION_STORAGE_KEY,
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

setTokenSource(() => useSessionStore.getState().session?.token ?? null);
