import { createTheme } from '@mui/material/styles';
import { BANNER_HEIGHT_VARIABLE } from '../components/simulation-banner';

// Fluent-like, after the admin center: the Segoe UI stack, its blue, small radii, labels above inputs, compact
// tables, white content. Our own look, no Microsoft marks.

export const theme = createTheme({
  palette: {
    // The admin center's blue (Fluent 2's brand blue, a shade darker than the older #0078D4): links in it
    // keep 4.5:1 on the pale backgrounds of notices and of a selected, hovered row, where #0078D4 falls to
    // 4.1:1 and #106EBE to 4.4:1 (axe found both).
    primary: { main: '#0F6CBD', dark: '#0C3B5E', light: '#EBF3FC', contrastText: '#FFFFFF' },
    background: { default: '#FFFFFF', paper: '#FFFFFF' },
    text: { primary: '#242424', secondary: '#5C5C5C' },
    divider: '#E0E0E0',
    // Darker than MUI's defaults so that status words in these colours read at 4.5:1 on white.
    warning: { main: '#ED6C02', dark: '#8A3C00' },
    success: { main: '#2E7D32', dark: '#1B5E20' },
  },
  typography: {
    fontFamily:
      '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSize: 14,
    h1: { fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.3 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  shape: { borderRadius: 4 },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { borderRadius: 2 } },
    },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    MuiLink: { defaultProps: { underline: 'always' } },
    // Most notices are part of the page, not news: only errors (role="alert") and results (role="status")
    // are announced, and they say so where they are rendered.
    MuiAlert: { defaultProps: { role: 'note' } },
    // Labels sit above their inputs, as in the admin center, never floating inside them.
    MuiInputLabel: {
      defaultProps: { shrink: true },
      styleOverrides: {
        root: {
          position: 'static',
          transform: 'none',
          maxWidth: '100%',
          whiteSpace: 'normal',
          marginBottom: 4,
          fontSize: '0.875rem',
          fontWeight: 600,
          lineHeight: 1.4,
          color: '#242424',
          '&.Mui-focused': { color: '#242424' },
          '&.Mui-error': { color: '#242424' },
          '&.Mui-disabled': { color: '#5C5C5C' },
        },
      },
    },
    MuiOutlinedInput: {
      styleOverrides: {
        // No notch in the border: the label is above it.
        notchedOutline: { top: 0, '& legend': { display: 'none' } },
        root: { backgroundColor: '#FFFFFF' },
      },
    },
    MuiTable: { defaultProps: { size: 'small' } },
    MuiTableCell: {
      styleOverrides: {
        head: { fontWeight: 600, color: '#242424' },
        sizeSmall: { paddingTop: 8, paddingBottom: 8 },
      },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
    // Side panels open under the simulation marker, which stays above them (simulation-banner.tsx).
    MuiDrawer: {
      styleOverrides: {
        paper: {
          top: `var(${BANNER_HEIGHT_VARIABLE}, 0px)`,
          height: `calc(100% - var(${BANNER_HEIGHT_VARIABLE}, 0px))`,
        },
      },
    },
  },
});

/**
 * The same look without motion: no transitions and no ripples. Tests render with it, so that a journey
 * never waits for a dialog to fade or a ripple to finish.
 */
export const stillTheme = createTheme(theme, {
  transitions: {
    create: () => 'none',
    duration: {
      shortest: 0,
      shorter: 0,
      short: 0,
      standard: 0,
      complex: 0,
      enteringScreen: 0,
      leavingScreen: 0,
    },
  },
  components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
});
