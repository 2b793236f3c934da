import { useId, useState } from 'react';
import LanguageIcon from '@mui/icons-material/LanguageOutlined';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { usePreferencesStore } from '../../stores/preferences-store';
import { LANGUAGE_NAMES } from '../language-picker';
import { TopBarIconButton } from './top-bar-icon-button';

/** The top bar's language control: a globe that opens the list of languages, each in its own language. */
export function LanguageMenu() {
  const { t, language } = useTranslation();
  const chosen = usePreferencesStore((state) => state.language);
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  return (
    <>
      <TopBarIconButton
        label={t('language.label')}
        icon={<LanguageIcon />}
        aria-haspopup="true"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      />
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('language.label') } }}
      >
        {LANGUAGES.map((code) => (
          <MenuItem
            key={code}
            lang={code}
            role="menuitemradio"
            aria-checked={code === chosen}
            selected={code === language}
            onClick={() => {
              setAnchor(null);
              setLanguage(code);
            }}
          >
            {LANGUAGE_NAMES[code]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
