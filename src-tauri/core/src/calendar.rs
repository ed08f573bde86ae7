//! Looking back by date: a month's days with entries, and "On this day", the entries written
//! on the same date in earlier months and years.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::model::{Entry, EntrySummary};

/// A day of a month that has entries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct CalendarDay {
    /// The day.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// How many entries it has.
    pub entries: u32,
    /// The day's trust level: the mean of its entries' ratings, rounded; none if none rated it.
    pub trust: Option<u8>,
    /// Whether one of its entries is starred.
    pub starred: bool,
}

/// An earlier entry that falls on today's date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Memory {
    /// How many whole months before today's month it was written: 12 is a year ago.
    pub months_ago: u32,
    /// The entry.
    pub entry: EntrySummary,
}

/// The days of `year`-`month` that have entries, in order.
pub(crate) fn month<'a>(entries: impl Iterator<Item = &'a Entry>, year: i32, month: u32) -> Vec<CalendarDay> {
    let mut days: std::collections::BTreeMap<NaiveDate, (u32, u32, u32, bool)> = Default::default();
    for entry in entries.filter(|e| e.day.year() == year && e.day.month() == month) {
        let (count, trust_sum, rated, starred) = days.entry(entry.day).or_default();
        *count += 1;
        if let Some(trust) = entry.trust {
            *trust_sum += u32::from(trust);
            *rated += 1;
        }
        *starred |= entry.starred;
    }
    days.into_iter()
        .map(|(day, (entries, trust_sum, rated, starred))| CalendarDay {
            day,
            entries,
            // Rounded half up, in integers: (2 × sum + n) / (2n).
            trust: (rated > 0).then(|| ((2 * trust_sum + rated) / (2 * rated)) as u8),
            starred,
        })
        .collect()
}

/// The first and last days of `year`-`month`; none for a month that does not exist.
pub(crate) fn month_span(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = first.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
    Some((first, last))
}

/// Whether `earlier` counts as "on this day" for `today`: the same day of the month in an
/// earlier month; and on the last day of a month, also the later days that month lacks, so
/// that 29, 30 and 31 January come back on 28 February. Every earlier day thus returns exactly
/// once a month.
pub(crate) fn is_on_this_day(earlier: NaiveDate, today: NaiveDate) -> bool {
    if months_between(earlier, today) == 0 || earlier > today {
        return false;
    }
    let last_of_month = today.checked_add_days(chrono::Days::new(1)).is_none_or(|next| next.month() != today.month());
    earlier.day() == today.day() || (last_of_month && earlier.day() > today.day())
}

/// Whole calendar months from `earlier`'s month to `today`'s.
pub(crate) fn months_between(earlier: NaiveDate, today: NaiveDate) -> u32 {
    let months = (today.year() - earlier.year()) * 12 + today.month() as i32 - earlier.month() as i32;
    u32::try_from(months).unwrap_or(0)
}

/// The entries on this day in earlier months, the most recent first.
pub(crate) fn on_this_day<'a>(entries: impl Iterator<Item = &'a Entry>, today: NaiveDate) -> Vec<Memory> {
    let mut found: Vec<&Entry> = entries.filter(|e| is_on_this_day(e.day, today)).collect();
    found.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
    found.into_iter().map(|entry| Memory { months_ago: months_between(entry.day, today), entry: EntrySummary::from(entry) }).collect()
}

/// The first day of the month `months` before `day`'s, for tests and benches that walk back.
#[cfg(test)]
fn months_before(day: NaiveDate, months: u32) -> NaiveDate {
    day.with_day(1).unwrap() - chrono::Months::new(months)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Months;
    use proptest::prelude::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_same_date_in_earlier_months_and_years() {
        let today = d("2026-11-27");
        assert!(is_on_this_day(d("2026-10-27"), today));
        assert!(is_on_this_day(d("2025-11-27"), today));
        assert!(is_on_this_day(d("2016-02-27"), today));
        assert!(!is_on_this_day(d("2026-11-20"), today), "earlier this month is not a memory");
        assert!(!is_on_this_day(d("2026-11-27"), today));
        assert!(!is_on_this_day(d("2026-10-28"), today));
        assert_eq!(months_between(d("2025-11-27"), today), 12);
    }

    #[test]
    fn month_ends_gather_the_days_a_short_month_lacks() {
        // 2027 is not a leap year: 28 February is the month's last day.
        let today = d("2027-02-28");
        for day in ["2027-01-28", "2027-01-29", "2027-01-30", "2027-01-31", "2024-02-29", "2026-12-31"] {
            assert!(is_on_this_day(d(day), today), "{day}");
        }
        // In a leap year the 29th is its own day.
        assert!(!is_on_this_day(d("2028-01-29"), d("2028-02-28")));
        assert!(is_on_this_day(d("2028-01-29"), d("2028-02-29")));
        assert!(is_on_this_day(d("2028-01-31"), d("2028-02-29")));
        assert!(is_on_this_day(d("2024-02-29"), d("2028-02-29")));
        // 30 April gathers 31 March; 30 May does not (May has a 31st).
        assert!(is_on_this_day(d("2026-03-31"), d("2026-04-30")));
        assert!(!is_on_this_day(d("2026-03-31"), d("2026-05-30")));
        assert!(is_on_this_day(d("2026-03-31"), d("2026-05-31")));
    }

    proptest! {
        /// Any earlier day comes back exactly once in every later month.
        #[test]
        fn every_earlier_day_returns_once_a_month(days_back in 0u32..4000, months_later in 1u32..60) {
            let earlier = d("2030-01-01") - chrono::Days::new(u64::from(days_back));
            let month_start = months_before(earlier, 0) + Months::new(months_later);
            let matches = month_start
                .iter_days()
                .take_while(|day| day.month() == month_start.month())
                .filter(|day| is_on_this_day(earlier, *day))
                .count();
            prop_assert_eq!(matches, 1);
        }
    }
}
