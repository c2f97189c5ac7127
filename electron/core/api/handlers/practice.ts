import type { AreaHandlers, HandlerContext } from './context.ts';

// The practice's profile: who the report is about and which password policy applies.

export function practiceHandlers({ host }: HandlerContext): AreaHandlers<'practice'> {
  return {
    'practice.get': () => host.use((store) => store.practice.get()),
    'practice.save': (input) => host.use((store) => store.practice.save(input)),
  };
}
