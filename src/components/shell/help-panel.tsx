import { useId, useState } from 'react';
import HelpIcon from '@mui/icons-material/HelpOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Typography from '@mui/material/Typography';
import { useTranslation, type MessageKey } from '../../i18n/i18n';
import { TopBarIconButton } from './top-bar-icon-button';

const SECTIONS: [title: MessageKey, text: MessageKey][] = [
  ['shell.help.accountsTitle', 'shell.help.accounts'],
  ['shell.help.demoTitle', 'shell.help.demo'],
  ['shell.help.activityTitle', 'shell.help.activity'],
  ['shell.help.findTitle', 'shell.help.find'],
];

/** The question mark: what this simulator is, and where its demo accounts and controls are. */
export function HelpPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <TopBarIconButton
        label={t('shell.help.button')}
        icon={<HelpIcon />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      />
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{ paper: { 'aria-labelledby': titleId, sx: { width: { xs: '100%', sm: 400 } } } }}
      >
        <Box sx={{ p: 3 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 2 }}>
            <Typography id={titleId} variant="h2" component="h2" sx={{ flexGrow: 1 }}>
              {t('shell.help.title')}
            </Typography>
            <Button variant="outlined" onClick={() => setOpen(false)}>
              {t('shell.help.close')}
            </Button>
          </Box>
          <Typography sx={{ mb: 2 }}>{t('shell.help.intro')}</Typography>
          {SECTIONS.map(([title, text]) => (
            <Box component="section" key={title} sx={{ mb: 2 }}>
              <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
                {t(title)}
              </Typography>
              <Typography>{t(text)}</Typography>
            </Box>
          ))}
        </Box>
      </Drawer>
    </>
  );
}
