import { createTheme } from '@mui/material/styles';

// Fluent-like: Segoe UI stack, a blue primary near #0F6CBD, square-ish cards. Our own look, no Microsoft marks.
export const theme = createTheme({
  palette: {
    primary: { main: '#0F6CBD', dark: '#0C3B5E', light: '#EBF3FC' },
    background: { default: '#F5F5F5', paper: '#FFFFFF' },
    text: { primary: '#242424', secondary: '#5C5C5C' },
    // Darker than MUI's defaults so that status words in these colours read at 4.5:1 on white.
    warning: { main: '#ED6C02', dark: '#8A3C00' },
    success: { main: '#2E7D32', dark: '#1B5E20' },
  },
  typography: {
    fontFamily:
      '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  shape: { borderRadius: 4 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    MuiLink: { defaultProps: { underline: 'always' } },
    // Most notices are part of the page, not news: only errors (role="alert") and results (role="status")
    // are announced, and they say so where they are rendered.
    MuiAlert: { defaultProps: { role: 'note' } },
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
