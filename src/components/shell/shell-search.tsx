import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputBase from '@mui/material/InputBase';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useFetcher, useNavigate } from 'react-router';
import { translator, useTranslation, type MessageKey } from '../../i18n/i18n';
import { enUS } from '../../i18n/locales/en-US';

/** A page the search box offers, found by its title in the page's language or in English. */
export interface SearchPage {
  to: string;
  title: MessageKey;
}

/** What a search route's loader answers for `?q=`: records found by name through the API. */
export interface SearchResults {
  query: string;
  ok: boolean;
  items: { id: string; label: string; to: string }[];
}

export interface ShellSearchProps {
  pages: SearchPage[];
  /** The search route for a query (a loader that answers SearchResults). */
  resultsHref: (query: string) => string;
  /** The heading of the records found ("Partners", "Customers"). */
  resultsTitle: string;
  placeholder: string;
}

interface Option {
  key: string;
  label: string;
  to: string;
}

/** Case and accents do not matter: "fatturazione" finds "Fatturazione", "integrita" finds "Integrità". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

// Typing pauses this long before the records are searched: one call per word, not one per key.
const SEARCH_DELAY_MS = 200;

/**
 * The top bar's search: a combobox that lists matching pages at once and matching records (partners or
 * customers, through the API) as they arrive. Arrow keys move, Enter opens, Escape closes.
 */
export function ShellSearch({ pages, resultsHref, resultsTitle, placeholder }: ShellSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // English titles are found in every language: a trainee may follow an English guide in an Italian UI.
  const english = useMemo(() => translator(enUS, 'en-US'), []);
  const fetcher = useFetcher<SearchResults>();
  const load = fetcher.load;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const pagesId = useId();
  const recordsId = useId();
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed.length < 2) return;
    const timer = setTimeout(() => void load(resultsHref(trimmed)), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [trimmed, load, resultsHref]);

  const wanted = fold(trimmed);
  const pageOptions: Option[] = wanted
    ? pages
        .filter((page) => [t(page.title), english(page.title)].some((name) => fold(name).includes(wanted)))
        .map((page) => ({ key: `page:${page.to}`, label: t(page.title), to: page.to }))
    : [];
  const answer = fetcher.data?.query === trimmed ? fetcher.data : undefined;
  const recordOptions: Option[] =
    trimmed.length >= 2 && answer?.ok
      ? answer.items.map((item) => ({ key: `record:${item.id}`, label: item.label, to: item.to }))
      : [];
  const options = [...pageOptions, ...recordOptions];
  const searching = trimmed.length >= 2 && !answer;
  const expanded = open && trimmed.length > 0;

  const choose = (option: Option) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    void navigate(option.to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const renderOption = (option: Option, index: number) => (
    <Box
      component="li"
      key={option.key}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      // Keeps the focus in the box, so that the click lands before the list closes.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(option)}
      onMouseEnter={() => setActive(index)}
      sx={{
        px: 2,
        py: 1,
        cursor: 'pointer',
        bgcolor: index === active ? 'action.selected' : undefined,
        overflowWrap: 'anywhere',
      }}
    >
      {option.label}
    </Box>
  );

  const renderGroup = (id: string, title: string, group: Option[], first: number) =>
    group.length > 0 ? (
      <Box component="ul" role="group" aria-labelledby={id} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        <Box
          component="li"
          role="presentation"
          id={id}
          sx={{ px: 2, pt: 0.5, fontSize: '0.8125rem', fontWeight: 600, color: 'text.secondary' }}
        >
          {title}
        </Box>
        {group.map((option, index) => renderOption(option, first + index))}
      </Box>
    ) : null;

  let status: string | null = null;
  if (answer && !answer.ok) status = t('shell.search.failed');
  else if (searching) status = t('shell.search.searching');
  else if (expanded && options.length === 0) status = t('shell.search.nothing', { query: trimmed });

  return (
    <Box role="search" sx={{ position: 'relative', width: '100%', maxWidth: 560 }}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          bgcolor: '#F3F2F1',
          color: '#242424',
          borderRadius: 1,
          px: 1,
          height: 32,
          '&:focus-within': { outline: '2px solid #FFFFFF', outlineOffset: 1 },
        }}
      >
        <SearchIcon fontSize="small" sx={{ mr: 1, color: '#5C5C5C' }} aria-hidden />
        <InputBase
          value={query}
          placeholder={placeholder}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          sx={{
            flexGrow: 1,
            fontSize: '0.875rem',
            '& input': { textOverflow: 'ellipsis' },
            '& input::placeholder': { color: '#5C5C5C', opacity: 1 },
          }}
          inputProps={{
            role: 'combobox',
            'aria-label': t('shell.search.label'),
            'aria-autocomplete': 'list',
            'aria-expanded': expanded,
            'aria-controls': listId,
            'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
            autoComplete: 'off',
            maxLength: 100,
          }}
        />
      </Box>
      <Paper
        elevation={8}
        variant="elevation"
        hidden={!expanded}
        sx={{
          position: 'absolute',
          top: 36,
          left: 0,
          right: 0,
          zIndex: 'modal',
          color: 'text.primary',
          py: 1,
        }}
      >
        <Box id={listId} role="listbox" aria-label={t('shell.search.label')}>
          {renderGroup(pagesId, t('shell.search.pages'), pageOptions, 0)}
          {renderGroup(recordsId, resultsTitle, recordOptions, pageOptions.length)}
        </Box>
        <Typography variant="body2" role="status" sx={{ px: 2, py: status ? 0.5 : 0 }}>
          {status}
        </Typography>
      </Paper>
    </Box>
  );
}
