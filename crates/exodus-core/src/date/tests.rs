//! Tests of PartialDate: precedence, calendar arithmetic, the JSON form, property tests.

#[cfg(test)]
mod order_tests {
    use super::super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().expect("a date")
    }

    #[test]
    fn precedence_compares_only_known_parts() {
        assert!(d("2023-10").precedes(&d("2023-11-17")));
        assert!(!d("2023-11").precedes(&d("2023-11-17")));
        assert!(!d("2023-11-17").precedes(&d("2023-11")));
        assert!(d("2017").precedes(&d("2018-01-01")));
        assert!(!d("2024-08-05").precedes(&d("2024")));
    }
}

#[cfg(test)]
mod calendar_tests {
    use super::super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().expect("a date")
    }

    #[test]
    fn days_and_weekdays_come_from_the_calendar() {
        assert_eq!(d("2024").days(), 366);
        assert_eq!(d("2023").days(), 365);
        assert_eq!(d("2024-02").days(), 29);
        assert_eq!(d("2023-02").days(), 28);
        assert_eq!(d("2024-09-25").days(), 1);
        assert_eq!(d("2024-09-25").weekday(), Some(Weekday::Wed));
        assert_eq!(d("2024-09").weekday(), None);
        assert_eq!(
            d("2024-12").last_day(),
            NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()
        );
        // A tenure's length: from December 2015 (its first day) to 14 May 2024.
        assert_eq!(d("2015-12").days_until(&d("2024-05-14")), 3087);
        assert_eq!(d("2024-05-14").days_until(&d("2015-12")), -3087);
    }

    #[test]
    fn constructors_check_the_calendar() {
        assert_eq!(PartialDate::ymd(2023, 2, 29), None);
        assert_eq!(PartialDate::ymd(2024, 4, 31), None);
        assert_eq!(PartialDate::ym(2024, 13), None);
        assert_eq!(PartialDate::ym(2024, 0), None);
        assert_eq!(
            PartialDate::ymd(2024, 2, 29).map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(
            PartialDate::y(2020).map(|d| d.precision()),
            Some(Precision::Year)
        );
        assert!(d("2024-05").approx(true).is_approx());
    }

    #[test]
    fn the_json_form_is_the_data_files_form() {
        let month = d("2024-05").approx(true);
        let json = serde_json::to_string(&month).unwrap();
        assert_eq!(
            json,
            r#"{"date":"2024-05","precision":"month","approx":true}"#
        );
        let day = serde_json::to_string(&d("2024-05-14")).unwrap();
        assert_eq!(day, r#"{"date":"2024-05-14","precision":"day"}"#);
        let e = serde_json::from_str::<PartialDate>(r#"{"date":"2024","precision":"year","x":1}"#)
            .unwrap_err();
        assert!(e.to_string().starts_with("unknown field `x`"), "{e}");
    }
}

// Native only: proptest does not build for wasm32-unknown-unknown.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::super::*;
    use proptest::prelude::*;

    fn any_date() -> impl Strategy<Value = PartialDate> {
        (1000i32..=9999, 0u32..=12, 0u32..=31, any::<bool>()).prop_filter_map(
            "a calendar date",
            |(y, m, d, approx)| {
                let date = match (m, d) {
                    (0, _) => PartialDate::y(y),
                    (m, 0) => PartialDate::ym(y, m),
                    (m, d) => PartialDate::ymd(y, m, d),
                };
                date.map(|date| date.approx(approx))
            },
        )
    }

    proptest! {
        #[test]
        fn text_and_json_round_trip(date in any_date()) {
            let text = date.to_string();
            prop_assert_eq!(PartialDate::parse(&text, date.precision(), date.is_approx()), Ok(date));
            let json = serde_json::to_string(&date).unwrap();
            prop_assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), date);
        }

        #[test]
        fn order_follows_the_calendar(a in any_date(), b in any_date()) {
            if a.key() < b.key() {
                prop_assert!(a.first_day() <= b.first_day());
                prop_assert!(a.days_until(&b) >= 0);
            }
            prop_assert_eq!(a.key() < b.key(), a.key_num() < b.key_num());
            prop_assert!(!(a.precedes(&b) && b.precedes(&a)));
            if a.precedes(&b) {
                prop_assert!(a.key() < b.key() && a.last_day() < b.first_day());
            }
        }

        #[test]
        fn a_date_covers_its_days(date in any_date()) {
            let days = date.days();
            prop_assert_eq!(date.first_day() + chrono::Days::new(days as u64 - 1), date.last_day());
            match date.precision() {
                Precision::Year => prop_assert!(days == 365 || days == 366),
                Precision::Month => prop_assert!((28..=31).contains(&days)),
                Precision::Day => {
                    prop_assert_eq!(days, 1);
                    prop_assert_eq!(date.weekday(), Some(date.first_day().weekday()));
                }
            }
        }

        #[test]
        fn parsing_never_panics(text in "\\PC{0,12}|[0-9-]{0,12}", p in 0u8..3) {
            let precision = [Precision::Year, Precision::Month, Precision::Day][p as usize];
            if let Ok(date) = PartialDate::parse(&text, precision, false) {
                prop_assert_eq!(date.to_string(), text);
                prop_assert_eq!(date.precision(), precision);
            }
        }
    }
}
