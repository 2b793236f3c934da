import { useTopBarMenu } from './use-top-bar-menu';
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
  const { button, menu, close } = useTopBarMenu();
  return (
    <>
      <TopBarIconButton label={t('language.label')} icon={<LanguageIcon />} {...button} />
      <Menu {...menu} slotProps={{ list: { 'aria-label': t('language.label') } }}>
        {LANGUAGES.map((code) => (
          <MenuItem
            key={code}
            lang={code}
            role="menuitemradio"
            aria-checked={code === chosen}
            selected={code === language}
            onClick={() => {
              close();
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
