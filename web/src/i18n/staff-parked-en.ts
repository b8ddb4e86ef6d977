/** The staff console's page of parked emails and clock starts (administrators), in English. */
export const parkedEn = {
  navLink: 'Undelivered',
  title: 'Emails and clocks that could not be carried out',
  intro:
    'Each of these failed every time it was tried. Fix the cause first (for example an address that refuses email), then try it again, or do it another way — post a letter, phone — and record what you did.',
  none: 'Nothing is waiting: every email has gone and every clock has started.',
  caption: 'Waiting for an administrator, oldest first',
  columns: {
    reference: 'Complaint',
    what: 'What',
    to: 'To',
    attempts: 'Tries',
    lastError: 'Last error',
    parkedAt: 'Set aside',
    resolve: 'What to do',
  },
  kinds: { email: 'Email', startClock: 'Clock start', stopClock: 'Clock stop' } as Record<string, string>,
  retry: 'Try again',
  note: 'What you did instead',
  noteHint: 'For example: letter posted on 3 March',
  handled: 'Record as done by hand',
  retried: (reference: string) => `The email or clock of complaint ${reference} will be tried again within a minute.`,
  settled: (reference: string) => `Recorded on complaint ${reference} as done by hand.`,
  noteMissing: 'Enter what you did instead (at least 2 characters)',
  forbidden: 'Only administrators can see this page.',
  failed: 'That did not work: it may have been dealt with meanwhile. The list below is up to date.',
};

export type ParkedMessages = typeof parkedEn;
