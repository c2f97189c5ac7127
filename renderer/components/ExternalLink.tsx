import { Icon } from './Icon.tsx';

/**
 * A link to an official page outside Hygie: the main process opens it in the browser only when
 * its address is on the allow-list (electron/main/external-links.ts), whatever the page asks.
 */
export function ExternalLink({ href, label, className }: { href: string; label: string; className?: string }) {
  return (
    <a className={className ? `text-link ${className}` : 'text-link'} href={href} target="_blank" rel="noopener noreferrer">
      <span>{label}</span>
      <Icon name="arrowRight" className="text-link__icon" />
    </a>
  );
}
