import { useTopBarMenu } from './use-top-bar-menu';
import AppsIcon from '@mui/icons-material/Apps';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../domain/paths';
import { useTranslation, type Translate } from '../../i18n/i18n';
import { TopBarIconButton } from './top-bar-icon-button';

export interface LauncherApp {
  label: string;
  to: string;
  current: boolean;
}

/** The simulator's two sides, the one in use marked as current. */
export const simulatorApps = (t: Translate, current: 'customer' | 'partner'): LauncherApp[] => [
  { label: t('shell.productName'), to: paths.home.href(), current: current === 'customer' },
  { label: t('pc.productName'), to: paths.partnerCenter.customers.href(), current: current === 'partner' },
];

/** The waffle: the simulator's two apps, each a link, the one in use marked as current. */
export function AppLauncher({ apps }: { apps: LauncherApp[] }) {
  const { t } = useTranslation();
  const { button, menu, close } = useTopBarMenu();
  return (
    <>
      <TopBarIconButton label={t('shell.appLauncher')} icon={<AppsIcon />} {...button} />
      <Menu {...menu} slotProps={{ list: { 'aria-label': t('shell.apps') } }}>
        {apps.map((app) => (
          <MenuItem
            key={app.to}
            component={RouterLink}
            to={app.to}
            onClick={close}
            selected={app.current}
            aria-current={app.current ? 'page' : undefined}
          >
            {app.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
