/** Steps to follow in order, each with its number in a disc (the walkthrough's "how" list look). */
export function NumberedSteps({ steps, label, className }: { steps: readonly string[]; label?: string; className?: string }) {
  return (
    <ol className={className ? `wt-how ${className}` : 'wt-how'} {...(label ? { 'aria-label': label } : {})}>
      {steps.map((step, position) => (
        <li key={position} className="wt-how__item">
          <span className="wt-how__number" aria-hidden="true">
            {position + 1}
          </span>
          <span>{step}</span>
        </li>
      ))}
    </ol>
  );
}
