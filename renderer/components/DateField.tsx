import { fromDate, parseDate, toCalendarDate, type CalendarDate, type DateValue } from '@internationalized/date';
import { useRef } from 'react';
import { Button, Calendar, CalendarCell, CalendarGrid, DateInput, DatePicker, DateSegment, Dialog, FieldError, Group, Heading, Label, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { now } from '../app/clock.ts';
import { formatDate } from '../app/format.ts';
import type { Language } from '../app/i18n.ts';
import { useTimeZone } from '../app/selectors.ts';
import { AriaLocale } from './AriaLocale.tsx';
import './date-field.css';

interface DateFieldProps {
  label: string;
  /** The day, ISO `yyyy-mm-dd`; '' for none. */
  value: string;
  /** Called with the day as ISO `yyyy-mm-dd`, or '' once cleared. */
  onChange: (value: string) => void;
  /** The first and last days allowed, ISO; '' or absent for no bound. */
  min?: string | undefined;
  max?: string | undefined;
  className?: string;
}

/**
 * A day, typed or picked, in the app's language rather than the OS's (a native `<input type="date">`
 * follows the OS: mm/dd/yyyy whatever the UI says): react-aria's DatePicker puts the segments in the
 * language's order with its separators and placeholders (jj/mm/aaaa, TT.MM.JJJJ, dd/mm/yyyy), takes arrows
 * and digits, opens a calendar, marks a day out of min/max and says why — in the UI's language (react-aria's
 * own message follows the browser's). The value stays an ISO day.
 */
export function DateField(props: DateFieldProps) {
  return (
    <AriaLocale>
      <Field {...props} />
    </AriaLocale>
  );
}

/** Languages that write a date's placeholder in capitals (TT.MM.JJJJ), where react-aria's is in small letters. */
const CAPITAL_PLACEHOLDERS = new Set(['de']);

/** An ISO day → a calendar day; anything else → null (no day, no bound). */
function toDay(iso: string | undefined): CalendarDate | null {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

function Field({ label, value, onChange, min, max, className }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  // A calendar day has no zone: written at noon UTC, no zone moves it to another day ("30 novembre 2026").
  const dayText = (iso: string) => formatDate(`${iso}T12:00:00.000Z`, i18n.language as Language, 'UTC');
  const group = useRef<HTMLDivElement>(null);
  const day = toDay(value);
  // Where the calendar opens and what arrows start from on an empty field: today, by the core's clock, in the user's zone.
  const today = toCalendarDate(fromDate(now(), timeZone));
  const clear = () => {
    onChange('');
    group.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
  };
  return (
    <DatePicker
      className={`date-field ${className ?? ''}`}
      value={day}
      onChange={(next: DateValue | null) => onChange(next ? toCalendarDate(next).toString() : '')}
      minValue={toDay(min)}
      maxValue={toDay(max)}
      placeholderValue={today}
      granularity="day"
      shouldForceLeadingZeros
      validationBehavior="aria"
    >
      <Label className="date-label">{label}</Label>
      <Group ref={group} className="date-group">
        <DateInput className="date-input">
          {(segment) => (
            <DateSegment segment={segment} className="date-segment">
              {({ text, isPlaceholder }) => (isPlaceholder && CAPITAL_PLACEHOLDERS.has(i18n.language) ? text.toLocaleUpperCase(i18n.language) : text)}
            </DateSegment>
          )}
        </DateInput>
        {day && (
          <button type="button" className="date-clear" aria-label={t('ui.dateField.clear', { label })} onClick={clear}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        <Button className="date-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      <FieldError className="error">
        {({ validationDetails }) =>
          validationDetails.rangeOverflow && max
            ? t('ui.dateField.tooLate', { day: dayText(max) })
            : validationDetails.rangeUnderflow && min
              ? t('ui.dateField.tooEarly', { day: dayText(min) })
              : null
        }
      </FieldError>
      <Popover className="date-popover" offset={4}>
        <Dialog className="date-dialog">
          <Calendar className="date-calendar">
            <header className="date-calendar-header">
              <Button slot="previous" className="date-nav">
                <span aria-hidden="true">‹</span>
              </Button>
              <Heading className="date-calendar-title" />
              <Button slot="next" className="date-nav">
                <span aria-hidden="true">›</span>
              </Button>
            </header>
            <CalendarGrid className="date-grid">{(date) => <CalendarCell date={date} className="date-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
