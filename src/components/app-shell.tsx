import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListItem from '@mui/material/ListItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Form, NavLink, useNavigation, useRevalidator } from 'react-router';
import { useTranslation } from '../i18n/i18n';
import { useSessionKeptInTab } from '../stores/session-store';
import { ApiActivityPanel } from './api-activity-panel';
import { DemoDialog } from './demo-dialog';
import { LanguagePicker } from './language-picker';
import { TopBarButton } from './top-bar-button';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export interface NavSection {
  title?: string;
  items: NavItem[];
}

function NavGroup({ title, items }: { title?: string; items: NavItem[] }) {
  const id = title ? `nav-${title.replace(/\W+/g, '-').toLowerCase()}` : undefined;
  return (
    <>
      {title ? (
        <Typography
          id={id}
          component="div"
          variant="body2"
          color="text.secondary"
          sx={{ px: 2, pt: 1.5, fontWeight: 600, display: { xs: 'none', md: 'block' } }}
        >
          {title}
        </Typography>
      ) : null}
      <List dense aria-labelledby={id} sx={{ display: { xs: 'flex', md: 'block' }, py: { xs: 0, md: 1 } }}>
        {items.map((item) => (
          <ListItem key={item.to} disablePadding sx={{ width: { xs: 'auto', md: '100%' } }}>
            <ListItemButton
              component={NavLink}
              to={item.to}
              end={item.end}
              sx={{
                borderLeft: '3px solid transparent',
                '&.active': { borderLeftColor: 'primary.main', bgcolor: 'primary.light', fontWeight: 600 },
              }}
            >
              <ListItemText primary={item.label} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}

/** Which side of the simulator a shell belongs to: the admin center or Partner Center (simulated). */
export type ShellArea = 'customer' | 'partner';

export interface AppShellProps {
  area: ShellArea;
  productName: string;
  /** The customer tenant, or the partner organization. */
  organizationName: string;
  userName: string;
  scenarioTitle: string;
  /** Injected faults in force in this tab (empty when none): shown under the top bar. */
  faults: string;
  navigation: NavSection[];
  signOutAction: string;
  children: ReactNode;
}

export function AppShell({
  area,
  productName,
  organizationName,
  userName,
  scenarioTitle,
  faults,
  navigation: sections,
  signOutAction,
  children,
}: AppShellProps) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const busy = navigation.state !== 'idle' || revalidator.state !== 'idle';
  const keptInTab = useSessionKeptInTab(area);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppBar position="static" component="header" sx={{ bgcolor: 'primary.dark' }}>
        {/* The controls stay on one row beside the names; a long organization name wraps on the left. */}
        <Toolbar sx={{ gap: 2, flexWrap: { xs: 'wrap', md: 'nowrap' }, py: 1 }}>
          <Box
            sx={{
              flex: '1 1 auto',
              minWidth: 0,
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'baseline',
              columnGap: 2,
            }}
          >
            <Typography component="p" sx={{ fontWeight: 600, fontSize: '1.05rem' }}>
              {productName}
            </Typography>
            <Typography component="p" sx={{ opacity: 0.9 }}>
              {organizationName}
            </Typography>
          </Box>
          <Box
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'center',
              gap: 2,
              flexShrink: { md: 0 },
            }}
          >
            <LanguagePicker dark />
            <ApiActivityPanel />
            <DemoDialog scenarioTitle={scenarioTitle} area={area} faults={faults} />
            <Typography component="p">{userName}</Typography>
            <Form method="post" action={signOutAction}>
              <TopBarButton type="submit">{t('shell.signOut')}</TopBarButton>
            </Form>
          </Box>
        </Toolbar>
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
        {/* Inside the banner landmark, so that progress is never content outside a landmark. */}
        <Box sx={{ height: 4 }}>
          {busy ? <LinearProgress color="inherit" aria-label={t('common.loading')} /> : null}
        </Box>
      </AppBar>
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, flexGrow: 1 }}>
        <Box
          component="nav"
          aria-label={t('nav.label')}
          sx={{
            width: { md: 240 },
            flexShrink: 0,
            bgcolor: 'background.paper',
            borderRight: { md: '1px solid #E0E0E0' },
            borderBottom: { xs: '1px solid #E0E0E0', md: 'none' },
            display: { xs: 'flex', md: 'block' },
            flexWrap: 'wrap',
          }}
        >
          {sections.map((section, index) => (
            <NavGroup key={section.title ?? index} title={section.title} items={section.items} />
          ))}
        </Box>
        <Box component="main" sx={{ flexGrow: 1, p: { xs: 2, md: 4 }, minWidth: 0 }}>
          {children}
        </Box>
      </Box>
    </Box>
  );
}
