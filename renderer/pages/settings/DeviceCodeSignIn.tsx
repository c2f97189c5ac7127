import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DirectoryProvider, SignInStart } from '../../../electron/core/model/schemas/directory.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatTime } from '../../components/format.ts';
import { useAction } from '../../components/use-action.ts';
import { useCopySecret } from '../../components/use-copy-secret.ts';

export type SignInOutcome = 'connected' | 'denied' | 'expired' | 'cancelled';

interface DeviceCodeSignInProps {
  provider: DirectoryProvider;
  start: SignInStart;
  onDone(outcome: SignInOutcome): void;
}

/**
 * The device-code step: the code shown large and copyable, the page to open, and a poll at the
 * server's interval (each poll is one short call; the engine refuses to poll faster).
 */
export function DeviceCodeSignIn({ provider, start, onDone }: DeviceCodeSignInProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const codeId = useId();
  const codeRef = useRef<HTMLOutputElement>(null);
  const [interval, setIntervalSeconds] = useState(start.intervalSeconds);
  // The code signs this computer in to the practice's directory: copied as a secret.
  const copy = useCopySecret(codeRef);
  // Each poll is a run: a failure stops the polling and says why; a poll of an earlier sign-in counts no more.
  const polling = useAction();
  const { run, cancel: stopPolling } = polling;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      void run(async (current) => {
        const answer = await api.directory.signInPoll({ provider });
        if (!current()) return;
        if (answer.state === 'pending') {
          setIntervalSeconds(answer.intervalSeconds);
          timer = setTimeout(poll, Math.max(1, answer.intervalSeconds) * 1000);
        } else if (answer.state === 'none') {
          onDone('cancelled');
        } else {
          onDone(answer.state);
        }
      });
    timer = setTimeout(poll, Math.max(1, start.intervalSeconds) * 1000);
    return () => {
      stopPolling();
      if (timer) clearTimeout(timer);
    };
  }, [provider, start, onDone, run, stopPolling]);

  const copyCode = () => copy.copy(start.userCode);

  const cancel = () => {
    void api.directory.signInCancel({ provider }).finally(() => onDone('cancelled'));
  };

  return (
    <section className="device-code" aria-labelledby={headingId}>
      <h4 id={headingId} className="device-code__title">
        {t('directory.device.title')}
      </h4>
      <ol className="device-code__steps">
        <li>
          <p className="prose">{t('directory.device.step1')}</p>
          <a className="device-code__link" href={start.verificationUri} target="_blank" rel="noreferrer">
            {start.verificationUri}
          </a>
        </li>
        <li>
          <p className="prose" id={codeId}>
            {t('directory.device.step2')}
          </p>
          <div className="device-code__code-row">
            <output ref={codeRef} className="device-code__code" aria-label={t('directory.device.codeLabel')}>
              {start.userCode}
            </output>
            <Button className="button button--secondary" onPress={copyCode}>
              {t('directory.device.copy')}
            </Button>
          </div>
          <p role="status" className={`save-status${copy.state.kind === 'failed' ? ' save-status--warning' : ''}`}>
            {copy.state.kind === 'copied'
              ? t('directory.device.copied', { minutes: copy.state.minutes })
              : copy.state.kind === 'failed'
                ? t('directory.device.copyFailed', { shortcut: copy.shortcut })
                : null}
          </p>
        </li>
      </ol>
      <p className="prose prose--muted">{t('directory.device.expiresAt', { time: formatTime(new Date(start.expiresAt), i18n.language) })}</p>
      <p className="device-code__waiting" role="status">
        <span className="device-code__spinner" aria-hidden="true" />
        {t('directory.device.waiting', { seconds: Math.max(1, interval) })}
      </p>
      {polling.failure ? <ErrorBanner error={polling.failure} /> : null}
      <div className="button-row">
        <Button className="button button--secondary" onPress={cancel}>
          {t('directory.device.cancel')}
        </Button>
      </div>
    </section>
  );
}
