import { createContext, useContext } from 'react';

/** What every page inside a shell may show of it: the organization's name and the product's label. */
export interface ShellInfo {
  /** The customer tenant, or the partner organization. */
  organizationName: string;
  /** "Admin center (simulated)" or "Partner Center (simulated)", in the page's language. */
  productName: string;
}

export const ShellContext = createContext<ShellInfo | null>(null);

/** The shell around this page, or null outside one (sign-in, the root error page). */
export const useShellInfo = (): ShellInfo | null => useContext(ShellContext);
