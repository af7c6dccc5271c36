// The deck's date as its audience writes dates: an ISO date in the outline ("2023-02-15",
// "2023-02", 2023) printed in the deck's language with Intl.DateTimeFormat ("2023年2月15日",
// "15 February 2023"). Anything else the outline says ("Spring 2024") is printed as written.

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * The locale dates are printed in: the deck's language, except that plain "en" prints the
 * day before the month ("15 February 2023"), the form most of the English-speaking world and
 * international conferences read without ambiguity; "en-US" keeps "February 15, 2023".
 */
function dateLocale(language: string): string {
  const locale = language === 'en' ? 'en-GB' : language
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB'
  } catch {
    return 'en-GB'
  }
}

/** The outline's `date` as the deck's language prints it; undefined when there is none. */
export function formatDate(date: string | number | undefined, language: string): string | undefined {
  if (date === undefined) return undefined
  const text = String(date).trim()
  if (text === '') return undefined
  const iso = ISO.exec(text)
  if (!iso) return text
  const [, year, month, day] = iso
  const when = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1))
  // "2023-02-30" is not a day: print it as written rather than as 2 March.
  if (
    when.getUTCFullYear() !== Number(year) ||
    (month && when.getUTCMonth() !== Number(month) - 1) ||
    (day && when.getUTCDate() !== Number(day))
  )
    return text
  const format = new Intl.DateTimeFormat(dateLocale(language), {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' as const } : {}),
    ...(day ? { day: 'numeric' as const } : {}),
  })
  return format.format(when)
}
