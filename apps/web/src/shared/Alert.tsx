import type { ReactNode } from 'react';

/** An error (role="alert", announced at once) or a confirmation (role="status", announced politely). */
export const Alert = ({ kind, children, id }: { kind: 'error' | 'success' | 'info'; children: ReactNode; id?: string }) => (
  <div id={id} className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
    {children}
  </div>
);

/** The error summary of a form: a sentence and, if any, the API's messages for fields not on screen. */
export const FormErrorAlert = ({ message, extra = [] }: { message: string | null; extra?: string[] }) =>
  message ? (
    <Alert kind="error">
      <p>{message}</p>
      {extra.length > 0 ? (
        <ul>
          {extra.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  ) : null;
