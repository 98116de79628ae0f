use crate::bif::convert::testkit::check_fixture;

#[test]
fn otp_fixture() {
    check_fixture(include_str!("otp_cases.txt"));
}
