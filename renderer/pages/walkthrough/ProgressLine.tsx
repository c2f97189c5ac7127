/** A labelled progress bar with its figure in words beside it (never colour alone). */
export function ProgressLine({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  return (
    <div className="inline-row wt-progress">
      <progress className="progress-bar wt-progress__bar" value={value} max={Math.max(max, 1)} aria-label={label} aria-valuetext={text} />
      <span className="wt-progress__text">{text}</span>
    </div>
  );
}
