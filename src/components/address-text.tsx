import { Fragment } from 'react';

/**
 * A domain, email address, user name or link that may wrap in a narrow column: after its dots, @, slashes,
 * ?, &, = and # rather than in the middle of a word (`<wbr>` is neither read out nor copied). A part too long for the column still
 * wraps (`break-word`, which, unlike `anywhere`, does not let a table squeeze the column to one letter).
 */
export function AddressText({ children }: { children: string }) {
  const parts = children.split(/(?<=[.@/?&=#])/);
  return (
    <span style={{ overflowWrap: 'break-word' }}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
