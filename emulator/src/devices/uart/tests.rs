//! Tests for the 16550 model, register by register as the datasheet describes them.

use super::*;
use std::sync::mpsc;

fn uart() -> (Uart16550, SharedBuffer) {
    let buf = SharedBuffer::new();
    (Uart16550::new(Box::new(buf.clone())), buf)
}

fn rd(u: &mut Uart16550, off: u64) -> u8 {
    u.read(off, 1, &mut BusCtx::default()).unwrap() as u8
}

fn wr(u: &mut Uart16550, off: u64, v: u8) {
    u.write(off, 1, v as u64, &mut BusCtx::default()).unwrap();
}

#[test]
fn transmits_and_reports_empty_transmitter() {
    let (mut u, buf) = uart();
    for &b in b"hi\n" {
        wr(&mut u, 0, b);
    }
    // A 4-byte store of 'x' behaves as a byte store.
    u.write(0, 4, 0x1234_5600 | b'x' as u64, &mut BusCtx::default())
        .unwrap();
    assert_eq!(buf.text(), "hi\nx");
    assert_eq!(rd(&mut u, 5), LSR_THRE | LSR_TEMT);
}

#[test]
fn divisor_latch_shadows_thr_and_ier() {
    let (mut u, buf) = uart();
    wr(&mut u, 1, 0x01);
    wr(&mut u, 3, 0x83); // DLAB, 8N1
    wr(&mut u, 0, 0x03);
    wr(&mut u, 1, 0x00);
    assert_eq!((rd(&mut u, 0), rd(&mut u, 1)), (0x03, 0x00));
    wr(&mut u, 3, 0x03);
    assert_eq!(rd(&mut u, 1), 0x01, "IER kept behind the latch");
    assert!(buf.contents().is_empty(), "DLL write is not output");
}

#[test]
fn receives_with_data_ready_and_interrupt() {
    let (mut u, _) = uart();
    assert_eq!(rd(&mut u, 5) & LSR_DR, 0);
    assert_eq!(rd(&mut u, 2), IIR_NONE);
    wr(&mut u, 2, FCR_ENABLE);
    u.push_input(b"ab");
    assert!(!u.irq_pending(), "interrupt disabled in IER");
    wr(&mut u, 1, IER_ERBFI);
    assert!(u.irq_pending());
    assert_eq!(rd(&mut u, 2), 0xc4);
    assert_eq!(rd(&mut u, 5) & LSR_DR, LSR_DR);
    assert_eq!((rd(&mut u, 0), rd(&mut u, 0)), (b'a', b'b'));
    assert_eq!(rd(&mut u, 5) & LSR_DR, 0);
    assert!(!u.irq_pending());
    assert_eq!(rd(&mut u, 2), 0xc1);
}

#[test]
fn thre_interrupt_follows_the_datasheet() {
    let (mut u, _) = uart();
    wr(&mut u, 1, IER_ETBEI);
    assert!(u.irq_pending(), "enabling ETBEI with THR empty");
    assert_eq!(rd(&mut u, 2), 0x02);
    assert!(!u.irq_pending(), "reading IIR acknowledged it");
    wr(&mut u, 0, b'x');
    assert_eq!(rd(&mut u, 2), 0x02, "THR empty again after a write");
    // Received data has priority over THRE.
    wr(&mut u, 0, b'y');
    wr(&mut u, 1, IER_ETBEI | IER_ERBFI);
    u.push_input(b"z");
    assert_eq!(rd(&mut u, 2), 0x04);
    assert_eq!(rd(&mut u, 0), b'z');
    assert_eq!(rd(&mut u, 2), 0x02);
}

#[test]
fn loopback_and_scratch() {
    let (mut u, buf) = uart();
    wr(&mut u, 7, 0x5a);
    assert_eq!(rd(&mut u, 7), 0x5a);
    assert_eq!(rd(&mut u, 6), MSR_CONNECTED);
    wr(&mut u, 4, MCR_LOOP | 0x0a); // RTS and OUT2
    assert_eq!(rd(&mut u, 6), 0x90, "CTS and DCD");
    wr(&mut u, 0, b'q');
    assert_eq!(rd(&mut u, 0), b'q');
    assert!(buf.contents().is_empty());
    assert_eq!(
        rd(&mut u, 4 + 8),
        MCR_LOOP | 0x0a,
        "offsets mirror every 8 bytes"
    );
}

#[test]
fn fifo_clear_drops_input() {
    let (mut u, _) = uart();
    wr(&mut u, 2, FCR_ENABLE);
    u.push_input(b"junk");
    wr(&mut u, 2, FCR_ENABLE | FCR_CLEAR_RX);
    assert_eq!(rd(&mut u, 5) & LSR_DR, 0);
}

#[test]
fn tick_drains_the_input_channel() {
    let (tx, rx) = mpsc::channel();
    let (u, _) = uart();
    let mut u = u.with_input(rx);
    tx.send(b'k').unwrap();
    u.tick(&mut BusCtx::default());
    assert_eq!(rd(&mut u, 0), b'k');
    drop(tx);
    u.tick(&mut BusCtx::default());
    assert!(u.input.is_none());
}
