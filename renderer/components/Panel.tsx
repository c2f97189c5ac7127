import { useId, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon.tsx';

interface PanelProps {
  title: string;
  icon?: IconName;
  /** Shown at the right of the heading, e.g. a status chip. */
  aside?: ReactNode;
  tone?: 'default' | 'quiet';
  className?: string;
  /** Give the heading a known id, e.g. to label a radio group with it. */
  headingId?: string;
  children: ReactNode;
}

/** A titled section of a page: a card with an h2, labelled by it for screen readers. */
export function Panel(props: PanelProps) {
  const { title, icon, aside, tone = 'default', className, children } = props;
  const generatedId = useId();
  const headingId = props.headingId ?? generatedId;
  const classes = ['panel', `panel--${tone}`, className].filter(Boolean).join(' ');
  return (
    <section className={classes} aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">
          {icon ? <Icon name={icon} className="panel__icon" /> : null}
          <span>{title}</span>
        </h2>
        {aside}
      </div>
      <div className="panel__body">{children}</div>
    </section>
  );
}
