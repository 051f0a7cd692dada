import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
}

/** A labelled input whose error is announced and tied to it (aria-invalid, aria-describedby). */
export function TextField({ label, error, hint, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={error || hint ? `${id}-msg` : undefined} {...input} />
      <Message id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ label, error, hint, className, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={error || hint ? `${id}-msg` : undefined} {...select}>
        {children}
      </select>
      <Message id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

function Message({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  if (error) return <div id={id} className="error" role="alert">{error}</div>;
  if (hint) return <div id={id} className="hint">{hint}</div>;
  return null;
}
