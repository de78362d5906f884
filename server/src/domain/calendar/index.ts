export {
  addWorkingDays,
  chinaCalendar,
  CHINA_HOLIDAY_SCHEDULE,
  isWorkingDay,
  workingDaysBetween,
} from './china-calendar';
export {
  DEFAULT_MIIT_REVIEW_WORKING_DAYS,
  MIIT_REVIEW_OVERRIDES,
  miitReviewWorkingDays,
  parseMiitReviewDays,
  provincePrefix,
  type MiitReviewOverrides,
} from './miit-review-days';
export {
  parseHolidaySchedule,
  type HolidayRange,
  type HolidaySchedule,
  type HolidayYear,
  type MakeUpWorkingDay,
  type ScheduleSource,
} from './schedule';
export {
  formatShanghaiDateTime,
} from './shanghai-time';
export * from './sla';
export {
  createWorkingDayCalendar,
  type CalendarDay,
  type DayInfo,
  type DayKind,
  type WorkingDayCalendar,
} from './working-days';
