import type fr from './notifications.fr.ts';
import type { Translation } from './template.ts';

// The desktop notifications of notifications.fr.ts, in English.

export default {
  notifications: {
    newFindings: {
      title: 'Hygie: a check found something new',
      breaches: {
        one: '{{count}} address of the practice is in a new breach.',
        other: '{{count}} addresses of the practice are in a new breach.',
      },
      stealerLogs: {
        one: '{{count}} password was stolen on an infected computer.',
        other: '{{count}} passwords were stolen on an infected computer.',
      },
      where: 'Open Hygie, Breaches page, to see what to do.',
    },
    newBreachNoKey: {
      title: 'Hygie: a new data breach is known',
      body: '"{{breach}}" has just been added to Have I Been Pwned. Without a key, Hygie cannot check your addresses again: open the Breaches page to see what to do.',
    },
  },
} satisfies Translation<typeof fr>;
