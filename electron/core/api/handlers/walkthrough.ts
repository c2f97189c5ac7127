import { answerStep, chooseProvider, walkthroughPlan, walkthroughProgress } from '../../hardening/walkthrough.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// The guided hardening: each person's plan of steps, their answers, and everyone's progress.

export function walkthroughHandlers({ host }: HandlerContext): AreaHandlers<'walkthrough'> {
  return {
    'walkthrough.plan': ({ staffId }) => host.use((store) => walkthroughPlan(store, staffId)),
    'walkthrough.answer': (input) => host.use((store) => answerStep(store, input)),
    'walkthrough.chooseProvider': (input) => host.use((store) => chooseProvider(store, input)),
    'walkthrough.progress': () => host.use((store) => walkthroughProgress(store)),
  };
}
