/** The top bar of each side: near-black grey for the admin center, dark teal for Partner Center (simulated). */
export const TOP_BAR_COLORS = { customer: '#292827', partner: '#004B50' } as const;

/** The left navigation's background, as in the admin center. */
export const NAV_BACKGROUND = '#F0F0F0';
