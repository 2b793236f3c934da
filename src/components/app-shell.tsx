import { useMemo, useState, type ReactNode } from 'react';
import MenuIcon from '@mui/icons-material/Menu';
import DemoIcon from '@mui/icons-material/ScienceOutlined';
import TrainingIcon from '@mui/icons-material/SchoolOutlined';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import { Link as RouterLink, useNavigate, useNavigation, useRevalidator } from 'react-router';
import { paths } from '../domain/paths';
import { useTranslation } from '../i18n/i18n';
import { useSessionKeptInTab } from '../stores/session-store';
import { ApiActivityPanel } from './api-activity-panel';
import { DemoDialog } from './demo-dialog';
import { LANGUAGE_NAMES } from './language-picker';
import { AppLauncher, type LauncherApp } from './shell/app-launcher';
import { HelpPanel } from './shell/help-panel';
import { LanguageMenu } from './shell/language-menu';
import { MailButton } from './shell/mail-button';
import { NAV_BACKGROUND, TOP_BAR_COLORS } from './shell/shell-colors';
import { ShellContext } from './shell/shell-context';
import { ShellDock } from './shell/shell-dock';
import { useDock } from './shell/dock-context';
import { ShellSearch, type ShellSearchProps } from './shell/shell-search';
import { SideNav, type NavEntry } from './shell/side-nav';
import { TopBarIconButton } from './shell/top-bar-icon-button';
import { UserMenu } from './shell/user-menu';

/** Which side of the simulator a shell belongs to: the admin center or Partner Center (simulated). */
export type ShellArea = 'customer' | 'partner';

export interface AppShellProps {
  area: ShellArea;
  /** "Admin center (simulated)" or "Partner Center (simulated)": the top bar's label, a link to `homeHref`. */
  productName: string;
  homeHref: string;
  /** The customer tenant, or the partner organization: shown above each page's title. */
  organizationName: string;
  user: { name: string; userPrincipalName: string };
  scenarioTitle: string;
  /** Injected faults in force in this tab (empty when none): shown under the top bar. */
  faults: string;
  /** The simulated now (ISO), shown in Demo › Time. */
  now: string;
  navigation: NavEntry[];
  apps: LauncherApp[];
  search: ShellSearchProps;
  signOutAction: string;
  children: ReactNode;
}

const NAV_WIDTH = 260;

/**
 * The frame of every signed-in page, after the admin center: a dark top bar (app launcher, product label,
 * search in the middle, then help, API activity, Demo, language and the account manager), the left
 * navigation (a drawer behind the menu button on narrow screens), and the page on white.
 */
export function AppShell({
  area,
  productName,
  homeHref,
  organizationName,
  user,
  scenarioTitle,
  faults,
  now,
  navigation: entries,
  apps,
  search,
  signOutAction,
  children,
}: AppShellProps) {
  const { t, unavailable } = useTranslation();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const busy = navigation.state !== 'idle' || revalidator.state !== 'idle';
  const keptInTab = useSessionKeptInTab(area);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const shellInfo = useMemo(() => ({ organizationName, productName }), [organizationName, productName]);
  const closeDrawer = () => setDrawerOpen(false);
  const dock = useDock();
  const navigate = useNavigate();

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppBar
        position="static"
        component="header"
        elevation={0}
        sx={{ bgcolor: TOP_BAR_COLORS[area], color: '#FFFFFF' }}
      >
        {/*
          One row from md up: launcher and label, search in the middle, tools, avatar. Below md, two rows: the
          menu button, launcher, label and avatar; then search and tools.
        */}
        <Box
          sx={{
            display: 'flex',
            flexWrap: { xs: 'wrap', md: 'nowrap' },
            alignItems: 'center',
            minHeight: 48,
          }}
        >
          <Box
            sx={{
              order: 1,
              flex: { xs: '1 1 0', md: '0 0 auto' },
              minWidth: 0,
              display: 'flex',
              alignItems: 'center',
            }}
          >
            <Box sx={{ display: { xs: 'block', md: 'none' } }}>
              <TopBarIconButton
                label={t('shell.openNavigation')}
                icon={<MenuIcon />}
                aria-haspopup="dialog"
                aria-expanded={drawerOpen ? 'true' : 'false'}
                onClick={() => setDrawerOpen(true)}
              />
            </Box>
            <AppLauncher apps={apps} />
            <Link
              component={RouterLink}
              to={homeHref}
              color="inherit"
              underline="hover"
              sx={{
                px: 1,
                fontWeight: 600,
                fontSize: { xs: '0.9375rem', md: '1rem' },
                lineHeight: 1.25,
                whiteSpace: { md: 'nowrap' },
                minWidth: 0,
                '&:focus-visible': { outline: '2px solid #FFFFFF', outlineOffset: 2 },
              }}
            >
              {productName}
            </Link>
          </Box>
          <Box
            sx={{
              order: { xs: 4, md: 2 },
              flex: '1 1 0',
              minWidth: 0,
              display: 'flex',
              justifyContent: 'center',
              px: { xs: 1, md: 3 },
              py: { xs: 0.75, md: 0 },
            }}
          >
            <ShellSearch {...search} />
          </Box>
          <Box sx={{ order: { xs: 5, md: 3 }, display: 'flex', alignItems: 'center' }}>
            <HelpPanel />
            <ApiActivityPanel />
            <MailButton area={area} address={user.userPrincipalName} />
            <TopBarIconButton
              label={t('training.button')}
              icon={<TrainingIcon />}
              onClick={() =>
                void navigate(
                  area === 'partner' ? paths.partnerCenter.training.href() : paths.training.href(),
                )
              }
            />
            <DemoDialog
              scenarioTitle={scenarioTitle}
              area={area}
              faults={faults}
              now={now}
              trigger={(open) => (
                <TopBarIconButton
                  label={t('demo.button')}
                  icon={<DemoIcon />}
                  aria-haspopup="dialog"
                  onClick={open}
                />
              )}
            />
            <LanguageMenu />
          </Box>
          <Box sx={{ order: { xs: 2, md: 4 } }}>
            <UserMenu
              name={user.name}
              userPrincipalName={user.userPrincipalName}
              signOutAction={signOutAction}
            />
          </Box>
          {/* Below md: ends the first row, so that search and tools make the second. */}
          <Box sx={{ order: 3, flexBasis: '100%', height: 0, display: { md: 'none' } }} />
        </Box>
        {faults ? (
          <Alert severity="warning" role="status" sx={{ borderRadius: 0 }}>
            {t('demo.faultsOn', { faults })}
          </Alert>
        ) : null}
        {keptInTab ? (
          <Alert severity="warning" role="status" sx={{ borderRadius: 0 }}>
            {t('shell.sessionInTab')}
          </Alert>
        ) : null}
        {unavailable ? (
          <Alert severity="warning" role="alert" sx={{ borderRadius: 0 }}>
            {t('language.unavailable', { language: LANGUAGE_NAMES[unavailable] })}
          </Alert>
        ) : null}
        {/* Inside the banner landmark, so that progress is never content outside a landmark. */}
        <Box sx={{ height: 3 }}>
          {busy ? (
            <LinearProgress color="inherit" aria-label={t('common.loading')} sx={{ height: 3 }} />
          ) : null}
        </Box>
      </AppBar>
      {/* Below md the dock (side panels) is a full-width section above the page: the row becomes a column. */}
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, flexGrow: 1, minWidth: 0 }}>
        <Box
          sx={{
            display: { xs: 'none', md: 'block' },
            width: NAV_WIDTH,
            flexShrink: 0,
            bgcolor: NAV_BACKGROUND,
          }}
        >
          <SideNav entries={entries} label={t('nav.label')} />
        </Box>
        <Drawer
          open={drawerOpen}
          onClose={closeDrawer}
          slotProps={{
            paper: {
              role: 'dialog',
              'aria-label': t('nav.label'),
              sx: { width: NAV_WIDTH, maxWidth: '85vw', bgcolor: NAV_BACKGROUND },
            },
          }}
        >
          <SideNav entries={entries} label={t('nav.label')} onNavigate={closeDrawer} />
        </Drawer>
        <Box component="main" sx={{ flexGrow: 1, minWidth: 0, px: { xs: 2, md: 5 }, py: { xs: 2, md: 3 } }}>
          <ShellContext.Provider value={shellInfo}>{children}</ShellContext.Provider>
        </Box>
        {/* Beside <main> from md up (the page narrows), above it on phones: the checklist, then API activity. */}
        {dock}
        <ShellDock />
      </Box>
    </Box>
  );
}
