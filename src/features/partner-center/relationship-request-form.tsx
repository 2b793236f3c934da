import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import type { PartnerMe } from '../../api/types';
import { AddressText } from '../../components/address-text';
import { withDap } from '../../domain/invitation-link';
import { EmailTemplate } from './email-template';
import type { IndirectChoice, RelationshipRequestOptions } from './relationship-request';

interface Props {
  options: RelationshipRequestOptions;
  me: PartnerMe;
}

/** The invitation link and its email; an indirect partner first picks whom the invitation also names. */
export function RelationshipRequestForm({ options, me }: Props) {
  const { t } = useTranslation();
  const choices = options.mode === 'direct' ? [] : options.choices;
  // A provider starts with its own link; a reseller always names one of its providers.
  const [choiceId, setChoiceId] = useState(options.mode === 'reseller' ? (choices[0]?.id ?? '') : '');
  const [dap, setDap] = useState(false);

  const choiceOf = (id: string): IndirectChoice | undefined => choices.find((c) => c.id === id);
  const linkFor = (id: string, withDelegation: boolean) => {
    const url = choiceOf(id)?.url ?? (options.mode === 'reseller' ? null : options.ownUrl);
    return url === null ? null : withDap(url, withDelegation);
  };
  const namesFor = (id: string) => {
    const choice = choiceOf(id);
    if (!choice) return null;
    return options.mode === 'provider'
      ? { reseller: choice.name, provider: me.partner.name }
      : { reseller: me.partner.name, provider: choice.name };
  };
  const emailFor = (id: string, url: string) => {
    const names = namesFor(id);
    const common = { partner: me.partner.name, agent: me.agent.displayName, url };
    return names
      ? t('pc.request.emailTextIndirect', { ...common, ...names })
      : t('pc.request.emailText', common);
  };

  const link = linkFor(choiceId, dap);
  const names = namesFor(choiceId);
  const [text, setText] = useState(() => (link ? emailFor(choiceId, link) : ''));

  const change = (nextId: string, nextDap: boolean) => {
    const next = linkFor(nextId, nextDap);
    if (link && next) {
      // The text follows the choice: an untouched email is rewritten, an edited one keeps the partner's words
      // and only gets the new link.
      setText((current) =>
        current === emailFor(choiceId, link)
          ? emailFor(nextId, next)
          : current.includes(link)
            ? current.split(link).join(next)
            : current,
      );
    }
    setChoiceId(nextId);
    setDap(nextDap);
  };

  if (!link) {
    return (
      <Paper sx={{ p: 3 }}>
        <Typography>{t('pc.request.noProviders')}</Typography>
      </Paper>
    );
  }
  return (
    <>
      <Paper sx={{ p: 3, mb: 3 }}>
        {options.mode === 'direct' ? null : (
          <TextField
            select
            label={t(
              options.mode === 'provider' ? 'pc.request.indirectReseller' : 'pc.request.indirectProvider',
            )}
            value={choiceId}
            onChange={(event) => change(event.target.value, dap)}
            // "None" is the empty value: show it, with the label above it.
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: { sm: 360 }, maxWidth: '100%' }}
            helperText={t(
              options.mode === 'provider'
                ? 'pc.request.indirectResellerHint'
                : 'pc.request.indirectProviderHint',
            )}
          >
            {options.mode === 'provider' ? (
              <MenuItem value="">{t('pc.request.noIndirectReseller')}</MenuItem>
            ) : null}
            {choices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {choice.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <FormControlLabel
          // Below the picker, on a line of its own; the direct-bill page keeps its layout.
          sx={options.mode === 'direct' ? undefined : { display: 'flex', mt: 2 }}
          control={<Checkbox checked={dap} onChange={(event) => change(choiceId, event.target.checked)} />}
          label={t('pc.request.dap')}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {names ? t('pc.request.dapHintIndirect', names) : t('pc.request.dapHint')}
        </Typography>
        <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
          {t('pc.request.linkTitle')}
        </Typography>
        <Typography sx={{ mb: 1 }}>
          <Link href={link} target="_blank" rel="noopener">
            <AddressText>{link}</AddressText>
          </Link>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('pc.request.linkHint')}
        </Typography>
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
          {t('pc.request.emailTitle')}
        </Typography>
        <EmailTemplate
          subject={
            names
              ? t('pc.request.emailSubjectIndirect', names)
              : t('pc.request.emailSubject', { partner: me.partner.name })
          }
          text={text}
          kind="resellerRequest"
          onTextChange={setText}
        />
      </Paper>
    </>
  );
}
