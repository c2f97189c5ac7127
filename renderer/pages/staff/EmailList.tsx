/** E-mail addresses one per line; a long one may wrap after its @, never inside a word. */
export function EmailList({ emails }: { emails: readonly string[] }) {
  return (
    <ul className="staff-emails">
      {emails.map((email) => {
        const at = email.lastIndexOf('@');
        return (
          <li key={email}>
            {at > 0 ? (
              <>
                <span className="staff-emails__part">{email.slice(0, at + 1)}</span>
                <wbr />
                <span className="staff-emails__part">{email.slice(at + 1)}</span>
              </>
            ) : (
              email
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Small labels, e.g. the services a person uses. */
export function ChipList({ labels }: { labels: readonly string[] }) {
  return (
    <ul className="chip-list staff-chips">
      {labels.map((label) => (
        <li key={label} className="chip">
          {label}
        </li>
      ))}
    </ul>
  );
}
