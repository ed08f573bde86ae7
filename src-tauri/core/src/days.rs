//! The entries in the order they are listed: by day, and within a day by when each was begun.
//! Kept beside the records so that the screens' lists (the latest few, one day, one month) and
//! stepping between written days cost a walk over what is shown, not over ten years.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::model::{Entry, EntryId};

/// Every day that has entries, each with its entries' ids ordered by when they were begun;
/// the id breaks ties, so the order is total.
#[derive(Default)]
pub(crate) struct WrittenDays {
    days: BTreeMap<NaiveDate, BTreeSet<(DateTime<FixedOffset>, EntryId)>>,
    entries: usize,
}

impl WrittenDays {
    pub(crate) fn insert(&mut self, entry: &Entry) {
        if self.days.entry(entry.day).or_default().insert((entry.created, entry.id)) {
            self.entries += 1;
        }
    }

    pub(crate) fn remove(&mut self, entry: &Entry) {
        let Some(day) = self.days.get_mut(&entry.day) else { return };
        if day.remove(&(entry.created, entry.id)) {
            self.entries -= 1;
        }
        if day.is_empty() {
            self.days.remove(&entry.day);
        }
    }

    /// How many entries there are.
    pub(crate) fn len(&self) -> usize {
        self.entries
    }

    /// The first day written about.
    pub(crate) fn first(&self) -> Option<NaiveDate> {
        self.days.keys().next().copied()
    }

    /// The entries from `first` to `last`, both included: newest day first, and within a day
    /// the latest begun first.
    pub(crate) fn newest_first(&self, first: Bound<NaiveDate>, last: Bound<NaiveDate>) -> impl Iterator<Item = EntryId> + '_ {
        self.days.range((first, last)).rev().flat_map(|(_, entries)| entries.iter().rev().map(|(_, id)| *id))
    }

    /// The nearest written day before `day`.
    pub(crate) fn before(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.days.range(..day).next_back().map(|(day, _)| *day)
    }

    /// The nearest written day after `day`.
    pub(crate) fn after(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.days.range((Bound::Excluded(day), Bound::Unbounded)).next().map(|(day, _)| *day)
    }
}
