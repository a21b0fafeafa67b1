//! Per-process kernel stacks, mapped in the kernel half at
//! `KSTACK_BASE + slot * KSTACK_STRIDE` with an unmapped gap below each:
//! a kernel stack overflow faults instead of overwriting a neighbour.

use alloc::vec::Vec;
use spin::Mutex;

use super::frame::{alloc_frame, free_frame};
use super::kernel_space::kernel_table;
use super::layout::*;
use super::page_table::PteFlags;

struct Slots {
    next: usize,
    free: Vec<usize>,
}

static SLOTS: Mutex<Slots> = Mutex::new(Slots { next: 0, free: Vec::new() });

/// One kernel stack; unmapped and freed on drop.
pub struct KernelStack {
    slot: usize,
}

impl KernelStack {
    pub fn new() -> Option<KernelStack> {
        let slot = {
            let mut slots = SLOTS.lock();
            match slots.free.pop() {
                Some(slot) => slot,
                None if slots.next < KSTACK_SLOTS => {
                    slots.next += 1;
                    slots.next - 1
                }
                None => return None,
            }
        };
        let stack = KernelStack { slot };
        let mut pt = kernel_table();
        let flags = PteFlags::R | PteFlags::W | PteFlags::G | PteFlags::A | PteFlags::D;
        for va in (stack.bottom()..stack.top()).step_by(PAGE_SIZE) {
            // On failure the drop below frees what was mapped so far.
            let frame = alloc_frame()?;
            if pt.map_pages(va, frame, PAGE_SIZE, flags).is_err() {
                // SAFETY: the frame was never mapped.
                unsafe { free_frame(frame) };
                return None;
            }
        }
        Some(stack)
    }

    pub fn bottom(&self) -> usize {
        KSTACK_BASE + self.slot * KSTACK_STRIDE + (KSTACK_STRIDE - KSTACK_SIZE)
    }

    /// The initial stack pointer.
    pub fn top(&self) -> usize {
        KSTACK_BASE + (self.slot + 1) * KSTACK_STRIDE
    }
}

impl Drop for KernelStack {
    fn drop(&mut self) {
        let mut pt = kernel_table();
        let frames: Vec<_> = (self.bottom()..self.top()).step_by(PAGE_SIZE).filter_map(|va| pt.unmap(va)).collect();
        // The mapping is global and any hart may have run on this stack:
        // flush it from every address space on every hart before the frames
        // go back.
        super::shootdown::flush_global(self.bottom(), KSTACK_SIZE / PAGE_SIZE);
        for frame in frames {
            // SAFETY: the stack is no longer in use (its owner is reaped).
            unsafe { free_frame(frame) };
        }
        SLOTS.lock().free.push(self.slot);
    }
}
