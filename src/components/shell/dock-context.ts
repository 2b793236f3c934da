import { createContext, useContext, type ReactNode } from 'react';

/**
 * What sits in the dock beside a page (the training checklist): given by the app (src/app/router.tsx), shown
 * at the right of `<main>` by the shell and the sign-in pages, so that it never covers the page.
 */
export const DockContext = createContext<ReactNode>(null);

export const useDock = () => useContext(DockContext);
