//! The boundary's changes to progenitor's and typify's output, each shown on a minimal spec:
//! what progenitor printed (before) and what the change made of it (after). An upgrade that
//! changes what they print fails here first, with the item that changed.

use super::*;

#[test]
fn a_panic_becomes_a_message_and_later_panics_still_propagate() {
    let err = quietly(|| -> u8 { panic!("boom {}", 7) }).unwrap_err();
    assert!(err.starts_with("boom 7 ("), "{err}");
    assert_eq!(quietly(|| 5).unwrap(), 5);
    assert!(catch_unwind(|| panic!("outside")).is_err());
}
