//! Memory: physical frames, the kernel heap, Sv39 page tables, the kernel's
//! own address space and each process's: its VMAs, demand paging,
//! copy-on-write fork, mmap and friends, megapages, and the OOM killer.

pub mod addr_space;
pub mod address;
pub mod asid;
pub mod cow;
pub mod fault;
pub mod frame;
pub mod heap;
pub mod huge;
pub mod kernel_space;
pub mod kstack;
pub mod layout;
pub mod mmap;
pub mod oom;
pub mod page_table;
pub mod shootdown;
pub mod tlb;
pub mod uaccess;
pub mod vma;
