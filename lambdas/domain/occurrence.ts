/**
 * When something really happened, as staff record it — possibly days later, after its
 * deadline (A3, P6): a meeting held, an acknowledgement or outcome sent, a letter posted, an
 * appeal received. A date is read as a day in England; a moment is taken as it is.
 */
import { londonDate, londonDaysBetween, londonEndOfDay } from './calendar';
import { ValidationError } from './errors';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The moment a recorded date stands for. A bare date counts as the end of that London day
 * (done "on" that day, as a deadline is met "by" it), but never later than now.
 */
export function momentOf(value: string, now: Date): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  const end = londonEndOfDay(value);
  return end > now ? now : end;
}

/**
 * A recorded date must not lie in the future, nor before what it follows (the complaint's
 * receipt, the outcome an appeal answers): a 400 naming the field otherwise. Compared as
 * London days, so "today" is always accepted.
 */
export function occurredWithin(
  field: string,
  value: string,
  bounds: { notBefore: Date; notBeforeWhat: string; now: Date },
): Date {
  const moment = momentOf(value, bounds.now);
  if (Number.isNaN(moment.getTime())) throw new ValidationError([{ field, message: 'must be a date' }]);
  const day = DATE_ONLY.test(value) ? value : londonDate(moment);
  if (moment > bounds.now || day > londonDate(bounds.now)) {
    throw new ValidationError([{ field, message: 'cannot be in the future' }]);
  }
  if (londonDaysBetween(bounds.notBefore, moment) < 0) {
    throw new ValidationError([
      { field, message: `cannot be before ${bounds.notBeforeWhat} (${londonDate(bounds.notBefore)})` },
    ]);
  }
  return moment < bounds.notBefore ? bounds.notBefore : moment;
}
