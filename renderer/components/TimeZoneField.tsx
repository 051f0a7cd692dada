import { useMemo, useState, type Ref } from 'react';
import { Button, ComboBox, Group, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { now } from '../app/clock.ts';
import { localeTag } from '../app/format.ts';
import { searchTimeZones, timeZoneOptions, type TimeZoneOption } from '../app/time-zones.ts';
import { AriaLocale } from './AriaLocale.tsx';
import './time-zone-field.css';

interface TimeZoneFieldProps {
  label: string;
  /** The IANA names the core accepts (app.status). */
  zones: readonly string[];
  /** The chosen IANA name. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  /** The input, for the form to focus it (react-hook-form's field.ref). */
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  className?: string;
}

/**
 * The time zone, picked from ~400 by typing: each option reads "(UTC+01:00) Paris — Europe/Paris" with
 * the language's name for it beneath ("heure d’Europe centrale"), sorted by offset, and a search matches
 * the city, region, offset ("+1", "UTC+01:00") or that name (renderer/app/time-zones.ts). Offsets are
 * those in force at the core's "now". The value stays the IANA name.
 */
export function TimeZoneField(props: TimeZoneFieldProps) {
  return (
    <AriaLocale>
      <Field {...props} />
    </AriaLocale>
  );
}

function Field({ label, zones, value, onChange, onBlur, name, inputRef, error, className }: TimeZoneFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = localeTag(i18n.language);
  const options = useMemo(() => timeZoneOptions(zones, now(), locale), [zones, locale]);
  const selected = options.find((o) => o.id === value);
  const [input, setInput] = useState(selected?.label ?? '');
  // The chosen zone's own label in the box lists every zone (as on opening); anything else typed searches.
  const query = selected && input === selected.label ? '' : input;
  const shown = useMemo(() => searchTimeZones(options, query), [options, query]);
  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      items={shown}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={value || null}
      onSelectionChange={(key: Key | null) => {
        // Input and selection both controlled: the box shows the chosen zone's label. Emptied and left,
        // it goes back to the zone already chosen (a user always has one).
        const chosen = key === null ? selected : options.find((o) => o.id === key);
        setInput(chosen?.label ?? '');
        if (chosen && chosen.id !== value) onChange(chosen.id);
      }}
      onBlur={onBlur}
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      {...(name ? { name } : {})}
    >
      <Label>{label}</Label>
      <Group className="combo-group">
        <Input ref={inputRef} autoComplete="off" />
        <Button className="combo-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      {error ? (
        <Text slot="errorMessage" className="error" role="alert">
          {error}
        </Text>
      ) : (
        <Text slot="description" className="hint">
          {t('ui.timeZone.hint')}
        </Text>
      )}
      <Popover className="combo-popover tz-popover" offset={4}>
        <ListBox<TimeZoneOption> className="combo-list" renderEmptyState={() => <div className="combo-empty">{t('ui.timeZone.none', { query: input.trim() })}</div>}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="combo-option tz-option">
              <Text slot="label">{option.label}</Text>
              {option.localName && (
                <Text slot="description" className="tz-name">
                  {option.localName}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
