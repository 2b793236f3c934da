import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFetcher } from 'react-router';
import type { ActionResult } from '../api/action-result';
import { CLOCK_STEPS_DAYS, clockDateProblem } from '../domain/clock';
import type { FieldErrors, FieldValues } from '../domain/field-errors';
import { paths } from '../domain/paths';
import { formatDayFirstDate, parseDayFirstDate, typesDayFirst } from '../i18n/format';
import { useTranslation } from '../i18n/i18n';
import { useFormat } from '../i18n/use-format';
import { ApiErrorAlert } from './api-error-alert';
import { useFieldErrors } from './use-field-errors';

type ClockAnswer = ActionResult<{ now: string }>;

/**
 * Demo › Time: the simulated date, buttons that move it on by days, and a later date to jump to. The clock
 * never goes back (Reset demo does that). Where dates are typed day first (Italian) the date is text, as in
 * the app's other date fields; the form sends `2027-01-31` either way.
 */
export function DemoClock({ now }: { now: string }) {
  const { t, language } = useTranslation();
  const format = useFormat();
  const fetcher = useFetcher<ClockAnswer>();
  const [day, setDay] = useState('');
  const [text, setText] = useState('');
  const answer = fetcher.data;
  const failed = answer?.ok === false ? answer : undefined;
  // The answer's date is newer than the page's until the page's loaders have run again.
  const shownNow = answer?.ok && fetcher.state === 'idle' ? answer.now : now;
  const check = (values: FieldValues): FieldErrors => {
    const problem = clockDateProblem(values.now ?? '', shownNow);
    return problem ? { now: problem } : {};
  };
  const fieldErrors = useFieldErrors(failed?.fieldErrors, { now: day }, check);
  const error = fieldErrors.now;
  const busy = fetcher.state !== 'idle';
  const dayFirst = typesDayFirst(language);

  return (
    <Box component="section" aria-labelledby="demo-time-title">
      <Typography variant="h3" component="h3" id="demo-time-title" sx={{ mt: 3, mb: 1 }}>
        {t('demo.timeTitle')}
      </Typography>
      <DialogContentText sx={{ mb: 1 }}>{t('demo.timeExplanation')}</DialogContentText>
      <Typography sx={{ mb: 1, fontWeight: 600 }}>
        {t('demo.timeNow', { date: format.date(shownNow) })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        {CLOCK_STEPS_DAYS.map((days) => (
          <Button
            key={days}
            size="small"
            variant="outlined"
            disabled={busy}
            onClick={() =>
              void fetcher.submit(
                { advanceDays: String(days) },
                { method: 'post', action: paths.demoClock.href() },
              )
            }
          >
            {t('demo.timeAdvance', { count: days })}
          </Button>
        ))}
      </Box>
      <fetcher.Form
        method="post"
        action={paths.demoClock.href()}
        noValidate
        style={{ display: 'grid', gap: 8, justifyItems: 'start' }}
      >
        {dayFirst ? (
          <>
            <TextField
              label={t('demo.timeDate')}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setDay(parseDayFirstDate(event.target.value) ?? event.target.value);
              }}
              error={!!error}
              helperText={error ? t.dynamic(error) : t('demo.timeDateHint')}
              placeholder={t('pc.attest.datePlaceholder')}
              autoComplete="off"
              size="small"
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
              sx={{ width: 220 }}
            />
            <input type="hidden" name="now" value={day} />
          </>
        ) : (
          <TextField
            name="now"
            type="date"
            label={t('demo.timeDate')}
            value={day}
            onChange={(event) => {
              setDay(event.target.value);
              setText(formatDayFirstDate(event.target.value));
            }}
            error={!!error}
            helperText={error ? t.dynamic(error) : t('demo.timeDateHint')}
            size="small"
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 220 }}
          />
        )}
        <Button type="submit" variant="contained" disabled={busy}>
          {t('demo.timeMove')}
        </Button>
      </fetcher.Form>
      <Box aria-live="polite" sx={{ mt: 1 }}>
        {failed?.error ? <ApiErrorAlert error={failed.error} /> : null}
        {answer?.ok && fetcher.state === 'idle' ? (
          <Typography variant="body2">{t('demo.timeMoved', { date: format.date(answer.now) })}</Typography>
        ) : null}
      </Box>
    </Box>
  );
}
