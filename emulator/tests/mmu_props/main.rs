use rvlab::mmu::strategy::arb_page_table;
#[test]
fn smoke() { let _ = arb_page_table(); }
