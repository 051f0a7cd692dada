import { useId, useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/contract.ts';
import { useServerErrors } from '../views/my-account/use-server-errors.ts';
import { TextField } from './Field.tsx';
import { Modal } from './Modal.tsx';

export interface NameDialogProps<V extends { name: string }> {
  title: string;
  nameLabel: string;
  submitLabel: string;
  defaultValues: V;
  /** The core's limit on the trimmed name (groups', roles' and queues' names: 60); the core checks it again. */
  maxLength?: number;
  /** Fields of `extra` that the core's field errors may name, besides the name. */
  fields?: readonly Path<V>[];
  /** Fields beneath the name (a role's permissions, a queue's kind), registered on the same form. */
  extra?: (form: UseFormReturn<V>) => ReactNode;
  /** Saves: the core's refusal, or null once done (the owner then closes the dialog). */
  onSubmit: (values: V) => Promise<AppError | null>;
  onClose: () => void;
}

/**
 * A dialog that names something — a group, a custom role, a queue — new or renamed: the name (required,
 * its length capped as the core caps it), any fields the owner adds, the core's field errors placed on
 * their fields and anything else in a banner, Cancel and the submit button.
 */
export function NameDialog<V extends { name: string }>({ title, nameLabel, submitLabel, defaultValues, maxLength = 60, fields = [], extra, onSubmit, onClose }: NameDialogProps<V>) {
  const { t } = useTranslation();
  const form = useForm<V>({ defaultValues: defaultValues as DefaultValues<V> });
  const name = 'name' as Path<V>;
  const place = useServerErrors(form.setError, [name, ...fields]);
  const [formError, setFormError] = useState<string | null>(null);
  const titleId = useId();
  const nameError = form.formState.errors.name?.message;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const error = await onSubmit(values);
    if (error) setFormError(place(error));
  });

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="people-dialog">
      <h2 id={titleId}>{title}</h2>
      <form onSubmit={submit} noValidate>
        {formError && <div className="banner banner-error" role="alert">{formError}</div>}
        <div className="form-grid one-column">
          <TextField label={nameLabel} maxLength={maxLength} autoFocus error={typeof nameError === 'string' ? nameError : undefined} {...form.register(name, { required: t('errors.field.required') })} />
          {extra?.(form)}
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
