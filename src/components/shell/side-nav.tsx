import { useId, useState, type ReactNode } from 'react';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import { matchPath, NavLink, useLocation } from 'react-router';
import { useTranslation } from '../../i18n/i18n';

/** A page of the simulator. */
export interface NavLinkEntry {
  kind: 'link';
  to: string;
  label: string;
  /** Top-level entries have an icon; a group's items do not. */
  icon?: ReactNode;
  /** Current only on this exact path, not below it. */
  end?: boolean;
}

/** A page of the real product that the simulator does not simulate: shown, greyed, and saying so. */
export interface NavUnavailableEntry {
  kind: 'unavailable';
  label: string;
  icon?: ReactNode;
}

export type NavItemEntry = NavLinkEntry | NavUnavailableEntry;

/** A collapsible group (Billing, Settings), with its icon. */
export interface NavGroupEntry {
  kind: 'group';
  label: string;
  icon: ReactNode;
  items: NavItemEntry[];
}

export type NavEntry = NavItemEntry | NavGroupEntry;

const isCurrent = (entry: NavItemEntry, pathname: string) =>
  entry.kind === 'link' && !!matchPath({ path: entry.to, end: entry.end ?? false }, pathname);

/** Groups that hold a page start open (a trainee sees where everything is); the current page's always is. */
function initiallyExpanded(entries: NavEntry[]): Set<string> {
  return new Set(
    entries.flatMap((entry) =>
      entry.kind === 'group' && entry.items.some((item) => item.kind === 'link') ? [entry.label] : [],
    ),
  );
}

const ROW = { minHeight: 40, py: 0.5, pl: 2, pr: 1.5 } as const;
const ICON = { minWidth: 36, color: 'inherit', '& svg': { fontSize: 20 } } as const;

function UnavailableItem({
  entry,
  hintId,
  nested,
}: {
  entry: NavUnavailableEntry;
  hintId: string;
  nested: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ListItem disablePadding>
      <Tooltip
        title={t('shell.notAvailable')}
        placement="right"
        describeChild
        slotProps={{ popper: { disablePortal: true } }}
      >
        {/* A link that goes nowhere is disabled, with the reason as its description (ARIA's disabled link). */}
        <Box
          role="link"
          aria-disabled="true"
          aria-describedby={hintId}
          sx={{
            ...ROW,
            pl: nested ? 6.5 : ROW.pl,
            width: '100%',
            display: 'flex',
            alignItems: 'center',
            color: '#616161',
            cursor: 'not-allowed',
          }}
        >
          {entry.icon ? <ListItemIcon sx={{ ...ICON, color: '#8A8A8A' }}>{entry.icon}</ListItemIcon> : null}
          <ListItemText primary={entry.label} />
        </Box>
      </Tooltip>
    </ListItem>
  );
}

function LinkItem({
  entry,
  nested,
  onNavigate,
}: {
  entry: NavLinkEntry;
  nested: boolean;
  onNavigate?: () => void;
}) {
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={NavLink}
        to={entry.to}
        end={entry.end}
        onClick={onNavigate}
        sx={{
          ...ROW,
          pl: nested ? 6.5 : ROW.pl,
          position: 'relative',
          '&.active': { fontWeight: 600, bgcolor: '#FFFFFF' },
          // The admin center's mark of the current page: a blue bar at the left.
          '&.active::before': {
            content: '""',
            position: 'absolute',
            left: nested ? 36 : 4,
            top: 8,
            bottom: 8,
            width: 3,
            borderRadius: 1,
            bgcolor: 'primary.main',
          },
        }}
      >
        {entry.icon ? <ListItemIcon sx={ICON}>{entry.icon}</ListItemIcon> : null}
        <ListItemText primary={entry.label} slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }} />
      </ListItemButton>
    </ListItem>
  );
}

function Item({
  entry,
  nested,
  hintId,
  onNavigate,
}: {
  entry: NavItemEntry;
  nested: boolean;
  hintId: string;
  onNavigate?: () => void;
}) {
  return entry.kind === 'link' ? (
    <LinkItem entry={entry} nested={nested} onNavigate={onNavigate} />
  ) : (
    <UnavailableItem entry={entry} nested={nested} hintId={hintId} />
  );
}

export interface SideNavProps {
  entries: NavEntry[];
  label: string;
  /** Called when a page is chosen (the drawer closes). */
  onNavigate?: () => void;
}

/** The left navigation: an icon per item, collapsible groups, greyed items the simulator does not have. */
export function SideNav({ entries, label, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const baseId = useId();
  const hintId = `${baseId}-unavailable`;
  const [expanded, setExpanded] = useState(() => initiallyExpanded(entries));
  const currentGroup = entries.find(
    (entry): entry is NavGroupEntry =>
      entry.kind === 'group' && entry.items.some((item) => isCurrent(item, pathname)),
  );
  // Arriving on a page opens its group (React's "adjust state while rendering": no flash of a closed group).
  const [seenPath, setSeenPath] = useState<string | null>(null);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    if (currentGroup && !expanded.has(currentGroup.label))
      setExpanded((before) => new Set(before).add(currentGroup.label));
  }
  const toggle = (group: string) =>
    setExpanded((before) => {
      const next = new Set(before);
      if (!next.delete(group)) next.add(group);
      return next;
    });

  return (
    <Box component="nav" aria-label={label} sx={{ fontSize: '0.875rem' }}>
      <span id={hintId} hidden>
        {t('shell.notAvailable')}
      </span>
      <List dense disablePadding sx={{ py: 1, '& .MuiListItemText-primary': { fontSize: '0.875rem' } }}>
        {entries.map((entry, index) => {
          if (entry.kind !== 'group')
            return (
              <Item key={entry.label} entry={entry} nested={false} hintId={hintId} onNavigate={onNavigate} />
            );
          const open = expanded.has(entry.label);
          const listId = `${baseId}-group-${index}`;
          return (
            <ListItem key={entry.label} disablePadding sx={{ display: 'block' }}>
              <ListItemButton
                aria-expanded={open}
                aria-controls={open ? listId : undefined}
                onClick={() => toggle(entry.label)}
                sx={{ ...ROW, fontWeight: currentGroup === entry && !open ? 600 : undefined }}
              >
                <ListItemIcon sx={ICON}>{entry.icon}</ListItemIcon>
                <ListItemText
                  primary={entry.label}
                  slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }}
                />
                {open ? (
                  <ExpandLessIcon fontSize="small" aria-hidden />
                ) : (
                  <ExpandMoreIcon fontSize="small" aria-hidden />
                )}
              </ListItemButton>
              {open ? (
                <List id={listId} dense disablePadding aria-label={entry.label}>
                  {entry.items.map((item) => (
                    <Item key={item.label} entry={item} nested hintId={hintId} onNavigate={onNavigate} />
                  ))}
                </List>
              ) : null}
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
