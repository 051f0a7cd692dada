import type { Ref } from 'react';
import { Button, ComboBox, Group, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter, type Key } from 'react-aria-components';
import { AriaLocale } from './AriaLocale.tsx';

export interface ComboBoxOption {
  id: string;
  name: string;
}

interface ComboBoxFieldProps {
  label: string;
  options: readonly ComboBoxOption[];
  /** The chosen option's id, '' for none. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  /** The input, for the form to focus it (react-hook-form's field.ref). */
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  autoComplete?: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
}

/**
 * A labelled combo box (react-aria-components) for a long list: typing filters the options (ignoring
 * case and accents), arrows and Enter pick one; the error is announced and tied to the input.
 */
export function ComboBoxField(props: ComboBoxFieldProps) {
  return (
    <AriaLocale>
      <Field {...props} />
    </AriaLocale>
  );
}

function Field({ label, options, value, onChange, onBlur, name, inputRef, placeholder, autoComplete, error, hint, className }: ComboBoxFieldProps) {
  const { contains } = useFilter({ sensitivity: 'base' });
  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      defaultItems={options}
      defaultFilter={contains}
      value={value || null}
      onChange={(key: Key | null) => onChange(key === null ? '' : String(key))}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      {...(name ? { name } : {})}
    >
      <Label>{label}</Label>
      <Group className="combo-group">
        <Input ref={inputRef} placeholder={placeholder} autoComplete={autoComplete} />
        <Button className="combo-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      {error ? (
        <Text slot="errorMessage" className="error" role="alert">
          {error}
        </Text>
      ) : (
        hint && (
          <Text slot="description" className="hint">
            {hint}
          </Text>
        )
      )}
      <Popover className="combo-popover" offset={4}>
        <ListBox<ComboBoxOption> className="combo-list">
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.name} className="combo-option">
              {option.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
