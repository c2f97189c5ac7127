import type { SecretCopier } from '../secret-copier.ts';
import type { AreaHandlers } from './context.ts';

// Copying a generated password: it is erased from the clipboard after a while (secret-copier.ts).

export function clipboardHandlers(secretCopier: SecretCopier): AreaHandlers<'clipboard'> {
  return {
    'clipboard.copySecret': ({ text }) => secretCopier.copy(text),
  };
}
