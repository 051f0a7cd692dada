import { useMemo, useState } from 'react';
import { Button, ComboBox, Group, Input, Label, ListBox, ListBoxItem, ListLayout, Popover, Text, useFilter, Virtualizer, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AriaLocale } from '../../components/AriaLocale.tsx';
import type { AuditFacets } from './store.ts';

/** The option that clears the filter (no actor id is "*": ids are user ids and "system"). */
const ANYONE = '*';
/** Two lines: the name, and beneath it the email that tells namesakes apart. */
const OPTION_HEIGHT = 44;

interface Option {
  id: string;
  name: string;
  email: string;
}

interface ActorFilterProps {
  actors: AuditFacets['actors'];
  /** The chosen actor's id, '' for anyone. */
  value: string;
  onChange: (actorId: string) => void;
}

/**
 * "Who" among everyone who made a change — thousands on a large account: a combo box that filters by
 * typing (case and accents ignored), its list virtualized and built only once opened or typed in, so
 * entering Activity renders no option at all (a <select> of 5,000 options cost ~150 ms of script, style
 * and layout on every entry).
 */
export function ActorFilter(props: ActorFilterProps) {
  return (
    <AriaLocale>
      <Field {...props} />
    </AriaLocale>
  );
}

function Field({ actors, value, onChange }: ActorFilterProps) {
  const { t } = useTranslation();
  const { contains } = useFilter({ sensitivity: 'base' });
  const options = useMemo<Option[]>(
    () => [{ id: ANYONE, name: t('ui.activity.anyone'), email: '' }, ...actors.map((a) => ({ id: a.id, name: a.id === 'system' ? t('ui.activity.system') : a.name, email: a.email }))],
    [actors, t],
  );
  const chosen = options.find((o) => o.id === value && o.id !== ANYONE);
  const [input, setInput] = useState<string | null>(null);
  // The box shows the chosen actor's name until the user types; the chosen name itself lists everyone.
  const text = input ?? chosen?.name ?? '';
  const query = chosen && text === chosen.name ? '' : text;
  const [open, setOpen] = useState(false);
  // react-aria builds its collection from every item, shown or not: closed and untouched, only the
  // chosen one and "Anyone" (the list is built when it opens or the user types).
  const shown = useMemo(
    () => (query ? options.filter((o) => contains(o.name, query) || contains(o.email, query)) : open ? options : options.filter((o) => o.id === ANYONE || o === chosen)),
    [options, query, contains, open, chosen],
  );
  const choose = (key: Key | null) => {
    const id = key === null || key === ANYONE ? '' : String(key);
    setInput(null);
    if (id !== value) onChange(id);
  };
  return (
    <ComboBox
      className="actor-filter"
      items={shown}
      inputValue={text}
      onInputChange={(next) => {
        setInput(next);
        if (next === '' && value) onChange(''); // emptied: anyone
      }}
      selectedKey={chosen ? chosen.id : null}
      onSelectionChange={choose}
      onBlur={() => setInput(null)}
      onOpenChange={setOpen}
      // Nothing to validate; native validation would read the input's validity (a forced style pass) each render.
      validationBehavior="aria"
    >
      <Label>{t('ui.activity.who')}</Label>
      <Group className="combo-group">
        <Input placeholder={t('ui.activity.anyone')} />
        <Button className="combo-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      <Popover className="combo-popover actor-popover" offset={4}>
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: OPTION_HEIGHT }}>
          <ListBox<Option> className="combo-list actor-list">
            {(option) => (
              <ListBoxItem id={option.id} textValue={option.email ? `${option.name} (${option.email})` : option.name} className="combo-option actor-option">
                <Text slot="label" title={option.name}>{option.name}</Text>
                {option.email && (
                  <Text slot="description" className="actor-email" title={option.email}>
                    {option.email}
                  </Text>
                )}
              </ListBoxItem>
            )}
          </ListBox>
        </Virtualizer>
      </Popover>
    </ComboBox>
  );
}
