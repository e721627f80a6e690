//! Instants with the offset they were given in: parsing input dates and formatting the
//! dates of each feed format.
//!
//! Input (`published`, `updated`), see [`parse_input_date`]:
//! - RFC 3339 with an offset: `2025-12-05T14:30:00+03:00`, `...Z`, fractional seconds kept;
//! - a local date-time without offset, `2025-12-05T14:30:00`: a civil time in the site's IANA
//!   timezone, with that zone's historical rules (chrono-tz). A time in a daylight-saving gap
//!   is an error; one in an overlap takes the earlier offset (the earlier instant);
//! - a date, `2025-12-05`: the first instant of that day in the site's timezone (midnight,
//!   unless the zone skipped midnight that day).
//!
//! Never the machine's zone. Leap seconds (`:60`) are rejected: they name no instant that
//! the feed formats can carry.
//!
//! Output: RFC 3339 for Atom and JSON Feed, RFC 822 (as updated by RFC 1123/2822: four-digit
//! year, numeric zone) for RSS. Both keep the offset the date was given in, so a feed shows
//! the publisher's local time. RFC 822 has no fractional seconds: they are dropped there.

use chrono::{LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;
use std::cmp::Ordering;
use std::fmt::Write as _;

/// An instant plus the UTC offset it is shown in.
///
/// Equality and order compare the instant first, then the offset (so that two values equal
/// as instants but written with different offsets still have a total, deterministic order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix: i64,
    /// Nanoseconds within the second.
    pub nanos: u32,
    /// Offset east of UTC, in seconds.
    pub offset: i32,
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.unix, self.nanos, self.offset).cmp(&(other.unix, other.nanos, other.offset))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Why an input date was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not one of the accepted shapes.
    Syntax,
    /// Well formed, but no such date or time (2025-02-30, 24:00, offset +25:00).
    Impossible(String),
    /// A date-only or local value, and no site timezone is configured.
    NoTimezone,
    /// The local time does not exist in the zone (a daylight-saving gap).
    Gap {
        /// The zone's name.
        zone: String,
    },
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `2025-12-05T11:30:00Z` for a Unix time (UTC, whole seconds).
pub fn format_unix_utc(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86_400));
    let s = t.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() {
        return None;
    }
    let mut v = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// The civil fields of an input date, before it is placed on the time line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Civil {
    y: i64,
    mo: u32,
    d: u32,
    h: u32,
    mi: u32,
    s: u32,
    nanos: u32,
    /// `None`: no offset given (date-only or local date-time).
    offset: Option<i32>,
    date_only: bool,
}

fn parse_civil(s: &str) -> Result<Civil, DateError> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateError::Syntax);
    }
    let y = digits(&b[0..4]).ok_or(DateError::Syntax)? as i64;
    let mo = digits(&b[5..7]).ok_or(DateError::Syntax)?;
    let d = digits(&b[8..10]).ok_or(DateError::Syntax)?;
    let mut c = Civil {
        y,
        mo,
        d,
        h: 0,
        mi: 0,
        s: 0,
        nanos: 0,
        offset: None,
        date_only: b.len() == 10,
    };
    if !c.date_only {
        if b.len() < 19 || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
            return Err(DateError::Syntax);
        }
        c.h = digits(&b[11..13]).ok_or(DateError::Syntax)?;
        c.mi = digits(&b[14..16]).ok_or(DateError::Syntax)?;
        c.s = digits(&b[17..19]).ok_or(DateError::Syntax)?;
        let mut i = 19;
        if b.get(i) == Some(&b'.') {
            let start = i + 1;
            i = start;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let frac = &b[start..i];
            if frac.is_empty() || frac.len() > 9 {
                return Err(DateError::Syntax);
            }
            c.nanos = digits(frac).ok_or(DateError::Syntax)? * 10u32.pow(9 - frac.len() as u32);
        }
        let rest = &b[i..];
        c.offset = match rest {
            [] => None,
            [b'Z' | b'z'] => Some(0),
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let oh = digits(&[*h1, *h2]).ok_or(DateError::Syntax)?;
                let om = digits(&[*m1, *m2]).ok_or(DateError::Syntax)?;
                if oh > 23 || om > 59 {
                    return Err(DateError::Impossible(format!(
                        "offset {} is out of range (at most ±23:59)",
                        &s[i..]
                    )));
                }
                let v = (oh * 3600 + om * 60) as i32;
                Some(if *sign == b'-' { -v } else { v })
            }
            _ => return Err(DateError::Syntax),
        };
    }
    if !(1..=12).contains(&c.mo) {
        return Err(DateError::Impossible(format!(
            "month {:02} does not exist",
            c.mo
        )));
    }
    if c.d == 0 || c.d > days_in_month(c.y, c.mo) {
        return Err(DateError::Impossible(format!(
            "{:04}-{:02}-{:02} does not exist (that month has {} days)",
            c.y,
            c.mo,
            c.d,
            days_in_month(c.y, c.mo)
        )));
    }
    if c.h > 23 {
        return Err(DateError::Impossible(format!(
            "hour {:02} does not exist",
            c.h
        )));
    }
    if c.mi > 59 {
        return Err(DateError::Impossible(format!(
            "minute {:02} does not exist",
            c.mi
        )));
    }
    if c.s == 60 {
        return Err(DateError::Impossible(
            "second 60 (a leap second) cannot be carried by feed dates".into(),
        ));
    }
    if c.s > 59 {
        return Err(DateError::Impossible(format!(
            "second {:02} does not exist",
            c.s
        )));
    }
    Ok(c)
}

/// Parses an input date (see the module docs). `tz` is the site's timezone, needed for
/// date-only and local values.
pub fn parse_input_date(s: &str, tz: Option<Tz>) -> Result<Timestamp, DateError> {
    let c = parse_civil(s)?;
    let local_secs =
        days_from_civil(c.y, c.mo, c.d) * 86_400 + i64::from(c.h * 3600 + c.mi * 60 + c.s);
    if let Some(off) = c.offset {
        return Ok(Timestamp {
            unix: local_secs - i64::from(off),
            nanos: c.nanos,
            offset: off,
        });
    }
    let tz = tz.ok_or(DateError::NoTimezone)?;
    let date = NaiveDate::from_ymd_opt(c.y as i32, c.mo, c.d).ok_or(DateError::Syntax)?;
    let naive = date
        .and_hms_nano_opt(c.h, c.mi, c.s, c.nanos)
        .ok_or(DateError::Syntax)?;
    let resolved = match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Some(t),
        LocalResult::Ambiguous(earlier, _) => Some(earlier),
        LocalResult::None if c.date_only => first_instant_of_day(tz, naive),
        LocalResult::None => None,
    };
    let t = resolved.ok_or_else(|| DateError::Gap {
        zone: tz.name().to_string(),
    })?;
    Ok(Timestamp {
        unix: t.timestamp(),
        nanos: c.nanos,
        offset: t.offset().fix().local_minus_utc(),
    })
}

/// The first existing instant at or after local midnight, for zones that skipped midnight.
fn first_instant_of_day(tz: Tz, midnight: NaiveDateTime) -> Option<chrono::DateTime<Tz>> {
    (1..=24 * 4).find_map(|q| {
        let t = midnight + chrono::Duration::minutes(15 * q);
        tz.from_local_datetime(&t).earliest()
    })
}

const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1970-01-01: Thursday
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Timestamp {
    /// The local civil date and time: (year, month, day, hour, minute, second, days since epoch).
    fn local(&self) -> (i64, u32, u32, u32, u32, u32, i64) {
        let local = self.unix + i64::from(self.offset);
        let days = local.div_euclid(86_400);
        let sod = local.rem_euclid(86_400) as u32;
        let (y, m, d) = civil_from_days(days);
        (y, m, d, sod / 3600, sod / 60 % 60, sod % 60, days)
    }

    /// The year as written with this timestamp's own offset (the year a feed shows).
    pub fn local_year(&self) -> i64 {
        self.local().0
    }

    /// Milliseconds since the epoch (for compact sort keys).
    pub fn unix_millis(&self) -> i64 {
        self.unix * 1000 + i64::from(self.nanos / 1_000_000)
    }

    /// RFC 3339, with the stored offset (`Z` for zero) and only as many fraction digits as
    /// needed (none, 3, 6 or 9).
    pub fn to_rfc3339(&self) -> String {
        let mut out = String::with_capacity(32);
        self.write_rfc3339(&mut out);
        out
    }

    /// Appends the RFC 3339 form to `out`.
    pub fn write_rfc3339(&self, out: &mut String) {
        let (y, mo, d, h, mi, s, _) = self.local();
        let _ = write!(out, "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}");
        if self.nanos != 0 {
            if self.nanos.is_multiple_of(1_000_000) {
                let _ = write!(out, ".{:03}", self.nanos / 1_000_000);
            } else if self.nanos.is_multiple_of(1000) {
                let _ = write!(out, ".{:06}", self.nanos / 1000);
            } else {
                let _ = write!(out, ".{:09}", self.nanos);
            }
        }
        if self.offset == 0 {
            out.push('Z');
        } else {
            let (sign, o) = if self.offset < 0 {
                ('-', -self.offset)
            } else {
                ('+', self.offset)
            };
            let _ = write!(out, "{sign}{:02}:{:02}", o / 3600, o / 60 % 60);
        }
    }

    /// RFC 822 date as RSS 2.0 wants it: `Fri, 05 Dec 2025 00:00:00 +0300` (four-digit
    /// year, numeric zone, weekday computed from the local date, no fractional seconds).
    pub fn to_rfc822(&self) -> String {
        let (y, mo, d, h, mi, s, days) = self.local();
        let wd = WEEKDAYS[days.rem_euclid(7) as usize];
        let (sign, o) = if self.offset < 0 {
            ('-', -self.offset)
        } else {
            ('+', self.offset)
        };
        format!(
            "{wd}, {d:02} {} {y:04} {h:02}:{mi:02}:{s:02} {sign}{:02}{:02}",
            MONTHS[mo as usize - 1],
            o / 3600,
            o / 60 % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moscow() -> Option<Tz> {
        Some(chrono_tz::Europe::Moscow)
    }

    fn p(s: &str) -> String {
        match parse_input_date(s, moscow()) {
            Ok(t) => format!("{} | {}", t.to_rfc3339(), t.to_rfc822()),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn offsets_are_kept() {
        assert_eq!(
            p("2025-12-05T14:30:00+03:00"),
            "2025-12-05T14:30:00+03:00 | Fri, 05 Dec 2025 14:30:00 +0300"
        );
        assert_eq!(
            p("2025-06-26T23:30:00.120-05:00"),
            "2025-06-26T23:30:00.120-05:00 | Thu, 26 Jun 2025 23:30:00 -0500"
        );
        assert_eq!(
            p("2024-02-29T00:00:00Z"),
            "2024-02-29T00:00:00Z | Thu, 29 Feb 2024 00:00:00 +0000"
        );
    }

    #[test]
    fn date_only_uses_historical_moscow_rules() {
        // UTC+3 since 2014-10-26.
        assert_eq!(
            p("2025-12-05"),
            "2025-12-05T00:00:00+03:00 | Fri, 05 Dec 2025 00:00:00 +0300"
        );
        // UTC+4 all year from 2011-03-27 to 2014-10-26.
        assert_eq!(
            p("2012-01-10"),
            "2012-01-10T00:00:00+04:00 | Tue, 10 Jan 2012 00:00:00 +0400"
        );
        // Winter time UTC+3 and summer time UTC+4 (MSD) before 2011.
        assert_eq!(
            p("2005-01-10"),
            "2005-01-10T00:00:00+03:00 | Mon, 10 Jan 2005 00:00:00 +0300"
        );
        assert_eq!(
            p("2005-07-10"),
            "2005-07-10T00:00:00+04:00 | Sun, 10 Jul 2005 00:00:00 +0400"
        );
    }

    #[test]
    fn gaps_and_overlaps() {
        // 2010-03-28 02:00 MSK -> 03:00 MSD: 02:30 never happened.
        assert_eq!(p("2010-03-28T02:30:00"), "Gap { zone: \"Europe/Moscow\" }");
        // 2010-10-31 03:00 MSD -> 02:00 MSK: 02:30 happened twice; the earlier offset wins.
        assert_eq!(
            p("2010-10-31T02:30:00"),
            "2010-10-31T02:30:00+04:00 | Sun, 31 Oct 2010 02:30:00 +0400"
        );
    }

    #[test]
    fn rejects() {
        assert_eq!(p("05.12.2025"), "Syntax");
        assert_eq!(p("2025-12-05T14:30"), "Syntax");
        assert_eq!(p("2025-12-05T14:30:00+0300"), "Syntax");
        assert!(p("2025-02-30").starts_with("Impossible(\"2025-02-30 does not exist"));
        assert!(p("2025-02-28T24:00:00Z").starts_with("Impossible(\"hour 24"));
        assert!(p("2025-02-28T10:00:00+24:00").starts_with("Impossible(\"offset"));
        assert!(p("2016-12-31T23:59:60Z").contains("leap second"));
        assert_eq!(
            parse_input_date("2025-12-05", None),
            Err(DateError::NoTimezone)
        );
    }

    #[test]
    fn civil_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
