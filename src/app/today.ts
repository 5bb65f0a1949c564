/** The day of a moment on the user's clock, as core takes it (core reads no clock). */
import { CalendarDay } from '../core/report/sections/closing';

export function calendarDay(at: Date = new Date()): CalendarDay {
  return { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() };
}
