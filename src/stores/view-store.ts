import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

// The trainer's view or the customer's: the customer view shows the sign-in page as a customer arriving
// from a partner's link sees it (no scenario picker, no passwords). It is set by `?view=customer` on any
// link or by Demo › Customer view, and kept per tab (sessionStorage), so that a trainer's tab and a
// customer's tab side by side keep their own, through sign-in redirects and reloads.

export type View = 'trainer' | 'customer';

interface ViewState {
  view: View;
  setView: (view: View) => void;
}

export const VIEW_STORAGE_KEY = 'm365-admin-sim:view';

/** `?view=customer` asks for the customer view; any other value of `view` for the trainer's. */
export const viewFromParam = (value: string): View => (value === 'customer' ? 'customer' : 'trainer');

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage turned off: the view lives in memory
  }
}

export const useViewStore = create<ViewState>()(
  persist(
    (set) => ({
      view: 'trainer',
      setView: (view) => set({ view }),
    }),
    {
      name: VIEW_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(
        () => tabStorage() ?? { getItem: () => null, setItem: () => {}, removeItem: () => {} },
      ),
      partialize: (state) => ({ view: state.view }),
      merge: (persisted, current) => {
        const view = (persisted as { view?: unknown } | undefined)?.view;
        return view === 'customer' || view === 'trainer' ? { ...current, view } : current;
      },
    },
  ),
);

/** A link to a new tab keeps the customer view of this one (in-app links keep it anyway: same tab). */
export function withView(url: string, view: View = useViewStore.getState().view): string {
  if (view !== 'customer') return url;
  const target = new URL(url);
  target.searchParams.set('view', 'customer');
  return target.toString();
}
