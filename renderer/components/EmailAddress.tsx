import { Fragment } from 'react';

/**
 * An e-mail address shown whole in a narrow place: it may break after the "@" and before each
 * dot (<wbr>), so "paul.garcon@cabinet-du-parc.fr" wraps where a reader expects, never cut.
 */
export function EmailAddress({ address, className }: { address: string; className?: string }) {
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at + 1);
  const domain = at < 0 ? '' : address.slice(at + 1);
  const parts = domain.split('.');
  return (
    <span className={className ? `email-address ${className}` : 'email-address'}>
      {local}
      {domain ? <wbr /> : null}
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? (
            <>
              <wbr />.
            </>
          ) : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
