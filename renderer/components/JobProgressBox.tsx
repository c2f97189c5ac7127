import { useId, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Icon } from './Icon.tsx';

// Long work is a job (docs/architecture.md): every job on screen looks the same — what runs and how far
// (a real <progress>, done / total), what it is doing now, the time left, and Cancel.

interface JobProgressBoxProps {
  /** Extra class on the box (a page's own tweaks and its tests' hook). */
  className?: string;
  label: string;
  /** "12 sur 40 adresses": also the bar's spoken value. */
  count: string;
  done: number;
  total: number;
  /** What it is doing now (the address under way, "preparing", the time left…). */
  status: ReactNode;
  /** The time left, when shown apart from the status. */
  eta?: string;
  hint: string;
  cancelLabel: string;
  cancelling: boolean;
  onCancel: () => void;
}

export function JobProgressBox(props: JobProgressBoxProps) {
  const labelId = useId();
  return (
    <div className={props.className ? `job-progress ${props.className}` : 'job-progress'}>
      <div className="split-row">
        <p id={labelId} className="job-progress__label">
          {props.label}
        </p>
        <p className="job-progress__count">{props.count}</p>
      </div>
      {/* A native <progress>: role progressbar with its values, styled without inline styles (CSP). */}
      <progress
        className="progress-bar job-progress__bar"
        max={Math.max(props.total, 1)}
        value={Math.min(props.done, props.total)}
        aria-labelledby={labelId}
        aria-valuetext={props.count}
      />
      <div className="split-row" aria-live="polite">
        <p className="job-progress__status">
          <Icon name="clock" className="job-progress__icon" />
          <span>{props.status}</span>
        </p>
        {props.eta !== undefined ? <p className="job-progress__eta">{props.eta}</p> : null}
      </div>
      <div className="split-row job-progress__foot">
        <p className="text-hint">{props.hint}</p>
        <Button className="button button--secondary" onPress={props.onCancel} isDisabled={props.cancelling}>
          <Icon name="close" />
          {props.cancelLabel}
        </Button>
      </div>
    </div>
  );
}
