import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import InputAdornment from '@mui/material/InputAdornment';
import CheckIcon from '@mui/icons-material/Check';
import FilterListIcon from '@mui/icons-material/FilterList';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import RefreshIcon from '@mui/icons-material/Refresh';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from '../i18n/i18n';
import { useFormat } from '../i18n/use-format';

export interface FilterGroup {
  /** The group's heading in the menu (Relationship type, Status). */
  label: string;
  options: { value: string; label: string }[];
}

export interface CommandBarProps {
  onRefresh: () => void;
  refreshing: boolean;
  /** How many items the list holds with the current search and filters. */
  count: number;
  search: { label: string; value: string; onChange: (value: string) => void };
  filters: FilterGroup[];
  /** The chosen option values, across the groups. */
  selected: string[];
  onFilterChange: (selected: string[]) => void;
}

/** Above a list, as in the admin center: Refresh on the left; the item count, Search and Filter on the right. */
export function CommandBar({
  onRefresh,
  refreshing,
  count,
  search,
  filters,
  selected,
  onFilterChange,
}: CommandBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const toggle = (value: string) =>
    onFilterChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: 2,
        rowGap: 1,
        py: 1,
        mb: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      {/* Not disabled while it works: a disabled button would drop the keyboard focus. */}
      <Button
        startIcon={<RefreshIcon />}
        aria-busy={refreshing || undefined}
        onClick={refreshing ? undefined : onRefresh}
      >
        {t('layout.refresh')}
      </Button>
      <Box sx={{ flexGrow: 1 }} />
      <Typography variant="body2" role="status">
        {t('layout.items', { count, formatted: format.number(count) })}
      </Typography>
      <TextField
        size="small"
        type="search"
        placeholder={t('layout.search')}
        value={search.value}
        onChange={(event) => search.onChange(event.target.value)}
        slotProps={{
          htmlInput: { maxLength: 100, 'aria-label': search.label },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
        // On a phone the search box gets a line of its own, under the buttons.
        sx={{ width: { xs: '100%', sm: 240 }, order: { xs: 1, sm: 0 } }}
      />
      <Button
        startIcon={<FilterListIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {selected.length ? t('layout.filtersSelected', { count: selected.length }) : t('layout.filter')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => onFilterChange([])} disabled={selected.length === 0}>
          <ListItemIcon>
            <FilterListOffIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('layout.clearFilters')}</ListItemText>
        </MenuItem>
        {filters.flatMap((group) => [
          <Divider key={`${group.label}-divider`} />,
          // A menu may hold only its items (and separators): the group's heading is for the eye.
          <ListSubheader key={group.label} role="presentation" sx={{ lineHeight: 2.5 }}>
            {group.label}
          </ListSubheader>,
          ...group.options.map((option) => {
            const checked = selected.includes(option.value);
            return (
              <MenuItem
                key={option.value}
                role="menuitemcheckbox"
                aria-checked={checked}
                onClick={() => toggle(option.value)}
              >
                <ListItemIcon>{checked ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
                <ListItemText>{option.label}</ListItemText>
              </MenuItem>
            );
          }),
        ])}
      </Menu>
    </Box>
  );
}
